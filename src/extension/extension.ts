import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { MODEL_LANGUAGE, SCAN_LANGUAGE } from './language-ids.js';
import { registerNewScanCommand } from './new-scan-command.js';
import { ReportClient } from './report-client.js';
import { registerReportCommands } from './report-commands.js';
import { ReportPreview } from './report-preview.js';

let client: LanguageClient | undefined;

/** Starts the language server for both file kinds and registers the commands and the preview. */
export async function activate(context: vscode.ExtensionContext): Promise<ZelfscanExtensionApi> {
    const log = vscode.window.createOutputChannel('Zelfscan', { log: true });
    context.subscriptions.push(log);

    const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: MODEL_LANGUAGE }, { scheme: 'file', language: SCAN_LANGUAGE },
            { scheme: 'untitled', language: MODEL_LANGUAGE }, { scheme: 'untitled', language: SCAN_LANGUAGE }
        ],
        outputChannel: log,
        synchronize: {
            // Model and scan files that change on disk (git checkout, other tools) reach the server's index too.
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{zelfscan,regioscan}')
        }
    };
    client = new LanguageClient('zelfscan', 'Zelfscan-taalserver', serverOptions, clientOptions);
    await client.start();

    const reports = new ReportClient(client);
    const preview = new ReportPreview(reports, log);
    context.subscriptions.push(
        preview,
        vscode.commands.registerCommand('zelfscan.toonVoorbeeld', (uri?: vscode.Uri) => preview.show(uri instanceof vscode.Uri ? uri : undefined))
    );
    registerReportCommands(context, reports, log);
    registerNewScanCommand(context, reports);

    if (context.extensionMode === vscode.ExtensionMode.Test) {
        // Only for the integration tests: what the preview last rendered, and a way to wait for the next render.
        context.subscriptions.push(
            vscode.commands.registerCommand('zelfscan._test.voorbeeldStatus', () => preview.current())
        );
    }
    return { preview, reports };
}

/** What the extension exports to other extensions and to its integration tests. */
export interface ZelfscanExtensionApi {
    readonly preview: ReportPreview;
    readonly reports: ReportClient;
}

export async function deactivate(): Promise<void> {
    const running = client;
    client = undefined;
    await running?.stop();
}
