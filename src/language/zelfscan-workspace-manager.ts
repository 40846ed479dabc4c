import {
    Cancellation, DefaultWorkspaceManager, DocumentState, interruptAndCheck, stream, type BuildOptions, type FileSystemNode, type LangiumDocument,
    type LangiumSharedCoreServices, type Stream, type TextDocumentProvider, type URI
} from 'langium';
import type { WorkspaceFolder } from 'vscode-languageserver-types';

type InitializedParams = Parameters<DefaultWorkspaceManager['initialized']>[0];
/** The editor's open documents; the language server's also lists their (normalised) URIs. */
type OpenDocuments = TextDocumentProvider & { keys?(): string[] };

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

    private readonly textDocuments: OpenDocuments | undefined;
    private rest: URI[] = [];
    /** The file names and extensions (with their dot) of the registered languages. */
    private languageFiles: { names: Set<string>; extensions: Set<string> } | undefined;

    constructor(services: LangiumSharedCoreServices & { workspace: { TextDocuments?: OpenDocuments } }) {
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
        const open = new Set(this.textDocuments?.keys?.() ?? []);
        const first = unique.filter(uri => uri.path.endsWith('.zelfscan') || open.has(uri.toString()));
        const firstSet = new Set(first);
        this.rest = unique.filter(uri => !firstSet.has(uri));
        await this.loadWorkspaceDocuments(stream(first), collector);
        this._ready.resolve();
        return documents;
    }

    /**
     * A file belongs to the workspace when a registered language claims its name or extension. The same rule as
     * Langium's, without asking the service registry per file: that lookup normalises the URI against the open
     * documents twice, which took about a third of listing a folder of 10,000 scans, and the open file's
     * diagnostics wait for the listing. A file open under one of our languages despite its name is added by its
     * editor's update, as every open document is.
     */
    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (!entry.isFile) {
            return super.shouldIncludeEntry(entry);
        }
        this.languageFiles ??= {
            names: new Set(this.serviceRegistry.all.flatMap(language => language.LanguageMetaData.fileNames ?? [])),
            extensions: new Set(this.serviceRegistry.all.flatMap(language => language.LanguageMetaData.fileExtensions))
        };
        const name = entry.uri.path.slice(entry.uri.path.lastIndexOf('/') + 1);
        const dot = name.lastIndexOf('.');
        return !name.startsWith('.') && (this.languageFiles.names.has(name) || (dot > 0 && this.languageFiles.extensions.has(name.slice(dot))));
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
