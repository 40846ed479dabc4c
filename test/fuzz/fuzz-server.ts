import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection } from 'vscode-languageserver/node';
import {
    createProtocolConnection, InitializedNotification, InitializeRequest, LogMessageNotification, MessageType,
    PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter, type Diagnostic, type ProtocolConnection,
    type ServerCapabilities
} from 'vscode-languageserver-protocol/node';
import { startZelfscanServer } from '../../src/language/server.js';

/**
 * A language server under test, spoken to over the protocol: either the bundled server as a child process
 * (dist/server.cjs over stdio, as an editor runs it) or the same server code in this process over an in-memory
 * pipe (fast enough for thousands of documents). Errors it logs are collected either way.
 */
export interface FuzzServer {
    readonly connection: ProtocolConnection;
    readonly capabilities: ServerCapabilities;
    readonly folder: string;
    /** Error-level log messages, stderr output and (in process) console.error calls since the start. */
    readonly errors: string[];
    uriOf(relative: string): string;
    /** The first diagnostics published for `uri` at or after `since` (performance.now()), or undefined after `timeoutMs`. */
    diagnostics(uri: string, since: number, timeoutMs: number): Promise<Diagnostic[] | undefined>;
    readonly exited: boolean;
    stop(): Promise<void>;
}

/** The server code of src/language/server.ts in this process, over an in-memory pipe. */
export async function startInProcessServer(folder: string): Promise<FuzzServer> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const errors: string[] = [];
    const originalError = console.error;
    // Langium catches what a validation check or a feature throws, and logs it with console.error.
    console.error = (...args: unknown[]) => {
        errors.push(args.map(describe).join(' '));
    };
    startZelfscanServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
    const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    return initialise(connection, folder, errors, () => false, async () => {
        // The pipes stay open: the server may still publish diagnostics of the last documents, which nobody reads.
        console.error = originalError;
        connection.dispose();
    });
}

/** The bundled server as a child process over stdio. */
export async function startBundledServer(bundle: string, folder: string): Promise<FuzzServer> {
    const child = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const errors: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    return initialise(connection, folder, errors, () => child.exitCode !== null || child.signalCode !== null, async () => {
        connection.dispose();
        child.kill();
    });
}

async function initialise(connection: ProtocolConnection, folder: string, errors: string[], exited: () => boolean, stop: () => Promise<void>): Promise<FuzzServer> {
    const published = new Map<string, Array<{ at: number; diagnostics: Diagnostic[] }>>();
    const waiters: Array<() => void> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        const list = published.get(params.uri) ?? [];
        list.push({ at: performance.now(), diagnostics: params.diagnostics });
        published.set(params.uri, list.slice(-4));
        waiters.splice(0).forEach(wake => wake());
    });
    connection.onNotification(LogMessageNotification.type, params => {
        if (params.type === MessageType.Error) {
            errors.push(params.message);
        }
    });
    // Requests a server may send to its client; an editor answers them, so does this one.
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const root = pathToFileURL(folder).toString();
    const result = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: path.basename(folder) }],
        capabilities: {
            textDocument: {
                publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] },
                rename: { prepareSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } } },
                semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] }
            },
            workspace: { workspaceFolders: true, configuration: true }
        }
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return {
        connection,
        capabilities: result.capabilities,
        folder,
        errors,
        uriOf: relative => pathToFileURL(path.join(folder, relative)).toString(),
        async diagnostics(uri, since, timeoutMs) {
            const deadline = performance.now() + timeoutMs;
            for (;;) {
                const found = published.get(uri)?.find(entry => entry.at >= since);
                if (found) {
                    return found.diagnostics;
                }
                const left = deadline - performance.now();
                if (left <= 0) {
                    return undefined;
                }
                await new Promise<void>(resolve => {
                    const timer = setTimeout(resolve, left);
                    waiters.push(() => {
                        clearTimeout(timer);
                        resolve();
                    });
                });
            }
        },
        get exited() {
            return exited();
        },
        stop
    };
}

function describe(value: unknown): string {
    return value instanceof Error ? `${value.message}\n${value.stack ?? ''}` : String(value);
}
