import { DefaultWorkspaceManager, type BuildOptions, type LangiumDocument, type Stream, type URI } from 'langium';

/**
 * Validates every model and scan when the workspace opens, not only the files open in the editor: the
 * Problems panel then lists every scan that needs attention, which is what an analyst checking a round wants.
 */
export class ZelfscanWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };

    /**
     * A file listed at start-up can be gone by the time it is read (renamed or deleted meanwhile, a git checkout).
     * Langium's loader then fails the whole start-up and the server never checks anything; here the file is left
     * out, and the file watcher's events bring in whatever took its place.
     */
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(uris.map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch {
                // Gone between the folder listing and the read: see above.
            }
        }));
    }
}
