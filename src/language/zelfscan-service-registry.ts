import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

/**
 * Langium finds a document's language by the editor's language id while it is open, else by its file extension.
 * An untitled document (`untitled:Untitled-1`) has no extension, so once it is closed, or while an update queued
 * before its close is still being built, the lookup would throw and stop the build. The language each URI was
 * last seen with is kept, so such a document still finds its services until it leaves the workspace.
 */
export class ZelfscanServiceRegistry extends DefaultServiceRegistry {

    private readonly seen = new Map<string, LangiumCoreServices>();

    override getServices(uri: URI): LangiumCoreServices {
        const key = uri.toString();
        try {
            const services = super.getServices(uri);
            if (this.textDocuments?.get(key) !== undefined) {
                this.seen.set(key, services);
            }
            return services;
        } catch (error) {
            const remembered = this.seen.get(key);
            if (remembered) {
                return remembered;
            }
            throw error;
        }
    }
}
