import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { MODEL_LANGUAGE, SCAN_LANGUAGE } from './language-ids.js';
import { registerNewScanCommand } from './new-scan-command.js';
import { ReportClient } from './report-client.js';
import { registerReportCommands } from './report-commands.js';
import { ReportPreview } from './report-preview.js';
import { openInBrowser, reportView, type ReportView } from './report-view.js';
import { ServerStatus } from './server-status.js';
import { registerValidateTask } from './validate-task.js';
import { registerSheetCommands } from './sheet-commands.js';

let client: LanguageClient | undefined;

/** Starts the language server for both file kinds and registers the commands and the preview. */
export async function activate(context: vscode.ExtensionContext): Promise<ZelfscanExtensionApi> {
    const timings = context.extensionMode === vscode.ExtensionMode.Test ? startTimings(context) : undefined;
    const log = vscode.window.createOutputChannel('Zelfscan', { log: true });
    context.subscriptions.push(log);
    const status = new ServerStatus(log);
    context.subscriptions.push(status);

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
        // A server that stops unexpectedly is restarted, and the user is told (see ServerStatus).
        errorHandler: status.errorHandler,
        synchronize: {
            // Model and scan files that change on disk (git checkout, other tools) reach the server's index too.
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{zelfscan,regioscan}')
        }
    };
    client = new LanguageClient('zelfscan', 'Zelfscan-taalserver', serverOptions, clientOptions);
    status.follow(client);
    await client.start();
    if (timings) {
        timings.clientStarted = Date.now();
    }

    const reports = new ReportClient(client);
    const preview = new ReportPreview(reports, log);
    const view = reportView();
    context.subscriptions.push(
        preview,
        view,
        vscode.commands.registerCommand('zelfscan.toonVoorbeeld', (uri?: vscode.Uri) => preview.show(uri instanceof vscode.Uri ? uri : undefined)),
        vscode.commands.registerCommand('zelfscan.openInBrowser', (uri?: vscode.Uri) => openInBrowser(uri instanceof vscode.Uri ? uri : view.shownFile()))
    );
    registerReportCommands(context, reports, log);
    registerNewScanCommand(context, reports);
    registerValidateTask(context);
    registerSheetCommands(context, client, reports, log);

    if (context.extensionMode === vscode.ExtensionMode.Test) {
        // Only for the integration tests: what the preview, the report view and the status bar show now.
        context.subscriptions.push(
            vscode.commands.registerCommand('zelfscan._test.voorbeeldStatus', () => preview.current()),
            vscode.commands.registerCommand('zelfscan._test.rapportweergave', () => view.current()),
            vscode.commands.registerCommand('zelfscan._test.serverStatus', () => status.current()),
            vscode.commands.registerCommand('zelfscan._test.tijden', () => timings)
        );
    }
    return { preview, reports, status, view };
}

/** For the integration tests' latency figures: when activation began, the client had started, and each file first had diagnostics. */
interface Timings {
    readonly activated: number;
    clientStarted?: number;
    readonly firstDiagnostics: Record<string, number>;
}

/** Seen from the start of activation, so no diagnostics of this extension's server can come before it. */
function startTimings(context: vscode.ExtensionContext): Timings {
    const timings: Timings = { activated: Date.now(), firstDiagnostics: {} };
    context.subscriptions.push(vscode.languages.onDidChangeDiagnostics(event => {
        for (const uri of event.uris) {
            const key = uri.toString();
            if (timings.firstDiagnostics[key] === undefined && vscode.languages.getDiagnostics(uri).length > 0) {
                timings.firstDiagnostics[key] = Date.now();
            }
        }
    }));
    return timings;
}

/** What the extension exports to other extensions and to its integration tests. */
export interface ZelfscanExtensionApi {
    readonly preview: ReportPreview;
    readonly reports: ReportClient;
    readonly status: ServerStatus;
    readonly view: ReportView;
}

export async function deactivate(): Promise<void> {
    const running = client;
    client = undefined;
    await running?.stop();
}
