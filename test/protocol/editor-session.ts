import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification, DidSaveTextDocumentNotification, ExitNotification, FileChangeType, InitializedNotification,
    InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type Diagnostic, type FileEvent, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';

export type LanguageId = 'zelfscan' | 'regioscan';

export interface OpenDocument {
    readonly uri: string;
    readonly languageId: LanguageId;
    version: number;
    text: string;
}

/**
 * An editor session against the bundled language server over stdio: it keeps the files on disk and the open
 * documents, and for each user action sends the notifications VS Code's language client sends for it (text
 * document sync for open documents, watched-file events for what changes on disk). Every diagnostics
 * notification is kept, so a test can compare the latest per document with what it expects.
 */
export class EditorSession {

    readonly open = new Map<string, OpenDocument>();
    readonly published = new Map<string, Diagnostic[]>();
    private lastPublish = performance.now();
    private untitledCount = 0;

    private constructor(readonly folder: string, private readonly server: ChildProcess, private readonly connection: ProtocolConnection) {
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.published.set(params.uri, params.diagnostics);
            this.lastPublish = performance.now();
        });
    }

    /** Starts `serverBundle` on a workspace folder that already holds the files, as VS Code does on opening it. */
    static async start(serverBundle: string, folder: string): Promise<EditorSession> {
        const server = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        const session = new EditorSession(folder, server, connection);
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.listen();
        const root = pathToFileURL(folder).toString();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: path.basename(folder) }],
            capabilities: {
                textDocument: { publishDiagnostics: {}, synchronization: { didSave: true } },
                workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }
            }
        });
        await connection.sendNotification(InitializedNotification.type, {});
        return session;
    }

    uriOf(relative: string): string {
        return pathToFileURL(path.join(this.folder, relative)).toString();
    }

    /** Opens a file from disk in an editor. */
    async openFile(relative: string, text: string): Promise<void> {
        await this.didOpen({ uri: this.uriOf(relative), languageId: languageOf(relative), version: 1, text });
    }

    /** A new untitled editor ("Nieuwe regioscan" proposes a path; File > New Text File does not). */
    async openUntitled(languageId: LanguageId, proposedPath?: string): Promise<string> {
        // As VS Code writes it: an untitled URI has no authority, so no '//'.
        const uri = proposedPath
            ? `untitled:${pathToFileURL(path.join(this.folder, proposedPath)).pathname}`
            : `untitled:Untitled-${++this.untitledCount}`;
        await this.didOpen({ uri, languageId, version: 1, text: '' });
        return uri;
    }

    /** Replaces the whole text of an open document, as typing or a paste would. */
    async edit(uri: string, text: string): Promise<void> {
        const document = this.mustBeOpen(uri);
        document.version++;
        document.text = text;
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: document.version }, contentChanges: [{ text }]
        });
    }

    /** Saves an open file: its text goes to disk, then the save and the file watcher's change reach the server. */
    async save(uri: string): Promise<void> {
        const document = this.mustBeOpen(uri);
        writeFileSync(this.pathOf(uri), document.text);
        await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
        await this.watched({ uri, type: FileChangeType.Changed });
    }

    /** Saves an untitled document as a file: the untitled editor closes, the file opens with the same text. */
    async saveAs(uri: string, relative: string): Promise<void> {
        const document = this.mustBeOpen(uri);
        this.write(relative, document.text);
        await this.close(uri);
        await this.didOpen({ uri: this.uriOf(relative), languageId: languageOf(relative), version: 1, text: document.text });
        await this.watched({ uri: this.uriOf(relative), type: FileChangeType.Created });
    }

    /** Closes an editor; unsaved edits are thrown away (the user answered "Don't save"). */
    async close(uri: string): Promise<void> {
        this.mustBeOpen(uri);
        this.open.delete(uri);
        await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }

    /** A file appears on disk (another tool, git checkout, the explorer's New File). */
    async create(relative: string, text: string): Promise<void> {
        this.write(relative, text);
        await this.watched({ uri: this.uriOf(relative), type: FileChangeType.Created });
    }

    /** A file was changed on disk by something else (another tool, another editor); the file watcher reports it. */
    async changedOnDisk(relative: string): Promise<void> {
        await this.watched({ uri: this.uriOf(relative), type: FileChangeType.Changed });
    }

    /** A file is deleted in the explorer; VS Code closes its editor first. */
    async delete(relative: string): Promise<void> {
        const uri = this.uriOf(relative);
        if (this.open.has(uri)) {
            await this.close(uri);
        }
        rmSync(path.join(this.folder, relative));
        await this.watched({ uri, type: FileChangeType.Deleted });
    }

    /** A file is renamed in the explorer; an open editor follows it, with its unsaved text. */
    async rename(from: string, to: string): Promise<void> {
        const fromUri = this.uriOf(from);
        const toUri = this.uriOf(to);
        mkdirSync(path.dirname(path.join(this.folder, to)), { recursive: true });
        renameSync(path.join(this.folder, from), path.join(this.folder, to));
        const document = this.open.get(fromUri);
        if (document) {
            await this.close(fromUri);
            await this.didOpen({ uri: toUri, languageId: languageOf(to), version: 1, text: document.text });
        }
        await this.watched({ uri: fromUri, type: FileChangeType.Deleted }, { uri: toUri, type: FileChangeType.Created });
    }

    /** Sends a request as the editor would, and resolves with the server's answer (an error answer rejects). */
    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest(method, params) as Promise<R>;
    }

    /** The server process has ended (crashed, or was stopped). */
    get exited(): boolean {
        return this.server.exitCode !== null || this.server.signalCode !== null;
    }

    /** The diagnostics last published for `uri`, once they satisfy `accept` (waited for a minute at most). */
    async diagnosticsOf(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
        const started = performance.now();
        for (;;) {
            const diagnostics = this.published.get(uri);
            if (diagnostics && accept(diagnostics)) {
                return diagnostics;
            }
            if (performance.now() - started > 60_000) {
                throw new Error(`no such diagnostics for ${uri}; last: ${JSON.stringify(diagnostics)}`);
            }
            await new Promise(resolve => setTimeout(resolve, 50));
        }
    }

    /** Resolves once the server has published nothing for `quietMs`. */
    async quiet(quietMs: number): Promise<void> {
        while (performance.now() - this.lastPublish < quietMs) {
            await new Promise(resolve => setTimeout(resolve, quietMs / 4));
        }
    }

    async stop(): Promise<void> {
        const exited = new Promise<void>(resolve => this.server.once('exit', () => resolve()));
        await this.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
        await this.connection.sendNotification(ExitNotification.type).catch(() => undefined);
        await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 2_000))]);
        this.server.kill();
        this.connection.dispose();
    }

    private async didOpen(document: OpenDocument): Promise<void> {
        this.open.set(document.uri, { ...document });
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: document });
    }

    private async watched(...changes: FileEvent[]): Promise<void> {
        await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
    }

    private write(relative: string, text: string): void {
        const file = path.join(this.folder, relative);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
    }

    private pathOf(uri: string): string {
        return decodeURIComponent(new URL(uri).pathname);
    }

    private mustBeOpen(uri: string): OpenDocument {
        const document = this.open.get(uri);
        if (!document) {
            throw new Error(`${uri} is not open`);
        }
        return document;
    }
}

export function languageOf(relative: string): LanguageId {
    return relative.endsWith('.zelfscan') ? 'zelfscan' : 'regioscan';
}
