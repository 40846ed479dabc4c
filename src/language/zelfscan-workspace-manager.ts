import {
    Cancellation, DefaultWorkspaceManager, DocumentState, interruptAndCheck, stream, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices,
    type Stream, type TextDocumentProvider, type URI
} from 'langium';
import type { WorkspaceFolder } from 'vscode-languageserver-types';

type InitializedParams = Parameters<DefaultWorkspaceManager['initialized']>[0];

/**
 * Validates every model and scan when the workspace opens, not only the files open in the editor: the
 * Problems panel then lists every scan that needs attention, which is what an analyst checking a round wants.
 *
 * It does so in two steps, so that the file the user opened has its diagnostics before thousands of other
 * scans are read: first the model files and the files open in the editor are loaded and checked, then the
 * other scans. Scans depend only on models and export nothing, so building them later changes no result. Each
 * step holds the workspace lock on its own, so an edit made while the other scans are being checked is
 * handled at once (Langium cancels the running build; the next update builds what it left).
 */
export class ZelfscanWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };

    private readonly textDocuments: TextDocumentProvider | undefined;
    private rest: URI[] = [];

    constructor(services: LangiumSharedCoreServices & { workspace: { TextDocuments?: TextDocumentProvider } }) {
        super(services);
        this.textDocuments = services.workspace.TextDocuments;
    }

    override async initialized(params: InitializedParams): Promise<void> {
        try {
            await super.initialized(params);
        } finally {
            if (this.rest.length > 0) {
                await this.mutex.write(token => this.loadRest(token));
            }
        }
    }

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

    /** First step: the models and the open files; the other files are kept for `loadRest`. */
    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        const documents: LangiumDocument[] = [];
        const collector = (document: LangiumDocument) => {
            documents.push(document);
            if (!this.langiumDocuments.hasDocument(document.uri)) {
                this.langiumDocuments.addDocument(document);
            }
        };
        await this.loadAdditionalDocuments(folders, collector);
        const uris: URI[] = [];
        await Promise.all(folders.map(folder => this.traverseFolder(this.getRootFolder(folder), uris)));
        const unique = stream(uris).distinct(uri => uri.toString()).filter(uri => !this.langiumDocuments.hasDocument(uri)).toArray();
        const first = unique.filter(uri => uri.path.endsWith('.zelfscan') || this.textDocuments?.get(uri.toString()) !== undefined);
        const firstSet = new Set(first);
        this.rest = unique.filter(uri => !firstSet.has(uri));
        await this.loadWorkspaceDocuments(stream(first), collector);
        this._ready.resolve();
        return documents;
    }

    /**
     * Second step. Starting it cancels an update that was running (an edit, or a file opened during the first
     * step), so what that update left unbuilt is built first, before the other files are even read; then every
     * other file is loaded (all of them before a cancellation is honoured, so none is lost) and built.
     */
    private async loadRest(cancelToken: Cancellation.CancellationToken): Promise<void> {
        const unbuilt = () => this.langiumDocuments.all.filter(document => document.state < DocumentState.Validated).toArray();
        await this.documentBuilder.build(unbuilt(), this.initialBuildOptions, Cancellation.CancellationToken.None);
        const uris = this.rest.filter(uri => !this.langiumDocuments.hasDocument(uri));
        this.rest = [];
        await this.loadWorkspaceDocuments(stream(uris), document => {
            if (!this.langiumDocuments.hasDocument(document.uri)) {
                this.langiumDocuments.addDocument(document);
            }
        });
        await interruptAndCheck(cancelToken);
        await this.documentBuilder.build(unbuilt(), this.initialBuildOptions, cancelToken);
    }
}
