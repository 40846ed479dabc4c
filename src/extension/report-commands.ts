import * as vscode from 'vscode';
import { checkOutputFolder, writeReportFile } from '../app/report-output.js';
import type { ReportFormat } from '../language/report-protocol.js';
import { isZelfscanDocument, MODEL_LANGUAGE, SCAN_LANGUAGE } from './language-ids.js';
import type { ReportClient } from './report-client.js';
import { openReport, reportView } from './report-view.js';
import { readSettings, reportFolderFor } from './settings.js';
import { whenTrusted } from './trust.js';

/**
 * Registers the commands that write reports to the report folder (of one file, of every scan, and the comparison
 * across the scans, normal and anonymised) and the ones that show a model's changelog and a region's trend. An adapter: the server
 * plans, names and renders each report through the application layer (src/app), and the files are written
 * with its rules, as the command line writes them (never among sources, never through a link, atomically).
 */
export function registerReportCommands(context: vscode.ExtensionContext, reports: ReportClient, log: vscode.OutputChannel): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('zelfscan.genereerHtml', (uri?: vscode.Uri) => whenTrusted(() => generateForFile(reports, 'html', uri))),
        vscode.commands.registerCommand('zelfscan.genereerMarkdown', (uri?: vscode.Uri) => whenTrusted(() => generateForFile(reports, 'md', uri))),
        vscode.commands.registerCommand('zelfscan.genereerWerkruimte', () => whenTrusted(() => generateForWorkspace(reports, log))),
        vscode.commands.registerCommand('zelfscan.genereerVergelijking', () => whenTrusted(() => generateComparison(reports, false, log))),
        vscode.commands.registerCommand('zelfscan.genereerAnoniemeVergelijking', () => whenTrusted(() => generateComparison(reports, true, log))),
        vscode.commands.registerCommand('zelfscan.toonWijzigingen', (uri?: vscode.Uri) => showChangelog(reports, uri)),
        vscode.commands.registerCommand('zelfscan.toonOntwikkeling', (uri?: vscode.Uri) => showTrend(reports, uri))
    );
}

/** The file a command is about: the one it was invoked on, else the active editor's. */
function targetUri(uri: vscode.Uri | undefined): vscode.Uri | undefined {
    if (uri instanceof vscode.Uri) {
        return uri;
    }
    const document = vscode.window.activeTextEditor?.document;
    return isZelfscanDocument(document) ? document.uri : undefined;
}

/** Writes the report of one file and returns where it went (undefined when nothing was written). */
async function generateForFile(reports: ReportClient, format: ReportFormat, uri: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    const source = targetUri(uri);
    if (!source) {
        void vscode.window.showWarningMessage('Open eerst een regioscan (.regioscan) of model (.zelfscan) om er een rapport van te maken.');
        return undefined;
    }
    const settings = readSettings(source);
    const result = await reports.report({ uri: source.toString(), format, language: settings.language });
    if (!result.ok) {
        void vscode.window.showErrorMessage(`Geen rapport: ${result.message}`);
        return undefined;
    }
    const written = await writeReport(reportFolderFor(source, settings), result.fileName, result.content, [source]);
    return typeof written === 'string' ? undefined : written;
}

/** Writes a report the user asked for and offers to open it; says why (and returns why) when it cannot. */
async function writeReport(folder: vscode.Uri, fileName: string, content: string, sources: readonly vscode.Uri[], note = ''): Promise<vscode.Uri | string> {
    try {
        const target = await writeInReportFolder(folder, fileName, content, sources);
        void vscode.window.showInformationMessage(`Rapport geschreven: ${vscode.workspace.asRelativePath(target)}${note}`, 'Openen')
            .then(choice => choice === 'Openen' ? openReport(target) : undefined);
        return target;
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(`Geen rapport: ${message}`);
        return message;
    }
}

export interface SkippedSource {
    readonly source: vscode.Uri;
    readonly message: string;
}

export interface WorkspaceGeneration {
    readonly written: vscode.Uri[];
    readonly failed: SkippedSource[];
}

/** Writes the report of every region scan in the workspace, in the default format. */
async function generateForWorkspace(reports: ReportClient, log: vscode.OutputChannel): Promise<WorkspaceGeneration> {
    const scans = await vscode.workspace.findFiles(`**/*.${SCAN_LANGUAGE}`, '**/node_modules/**');
    scans.sort((a, b) => a.toString().localeCompare(b.toString()));
    const outcome: WorkspaceGeneration = { written: [], failed: [] };
    if (scans.length === 0) {
        void vscode.window.showWarningMessage('Geen regioscans (.regioscan) gevonden in de werkruimte.');
        return outcome;
    }
    await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Rapporten genereren', cancellable: true },
        async (progress, token) => {
            for (const source of scans) {
                if (token.isCancellationRequested) {
                    break;
                }
                progress.report({ message: vscode.workspace.asRelativePath(source), increment: 100 / scans.length });
                const settings = readSettings(source);
                try {
                    const result = await reports.report({ uri: source.toString(), format: settings.defaultFormat, language: settings.language });
                    if (result.ok) {
                        outcome.written.push(await writeInReportFolder(reportFolderFor(source, settings), result.fileName, result.content, scans));
                    } else {
                        outcome.failed.push({ source, message: result.message });
                    }
                } catch (error) {
                    outcome.failed.push({ source, message: error instanceof Error ? error.message : String(error) });
                }
            }
        });
    logSkipped(log, outcome.failed);
    const summary = `${outcome.written.length} rapport${outcome.written.length === 1 ? '' : 'en'} geschreven`;
    if (outcome.failed.length > 0) {
        void vscode.window.showWarningMessage(`${summary}; ${outcome.failed.length} overgeslagen (zie het uitvoervenster Zelfscan).`);
        log.show(true);
    } else {
        void vscode.window.showInformationMessage(`${summary}.`);
    }
    return outcome;
}

/** Lists files a command left out, with the reason, in the output channel. */
function logSkipped(log: vscode.OutputChannel, skipped: readonly SkippedSource[]): void {
    for (const { source, message } of skipped) {
        log.appendLine(`${vscode.workspace.asRelativePath(source)}: ${message}`);
    }
}

export interface ComparisonGeneration {
    /** Where the comparison went; undefined when nothing was written. */
    readonly written?: vscode.Uri;
    /** Why there is no comparison, as the server said it (Dutch). */
    readonly refused?: string;
    /** Scans left out because they have errors or their model is missing. */
    readonly skipped: SkippedSource[];
}

/**
 * Writes the comparison of every region scan without errors in the workspace (`vergelijking.<ext>`), or the
 * anonymised one (`vergelijking-anoniem.<ext>`) that is refused below the `zelfscan.minimumGroep` setting.
 */
async function generateComparison(reports: ReportClient, anonymous: boolean, log: vscode.OutputChannel): Promise<ComparisonGeneration> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
        void vscode.window.showWarningMessage('Open eerst een map met regioscans (.regioscan) om de regio\'s te vergelijken.');
        return { skipped: [] };
    }
    const settings = readSettings(folder.uri);
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: anonymous ? 'Geanonimiseerde vergelijking maken' : 'Vergelijking maken' },
        () => reports.comparison({
            format: settings.defaultFormat, language: settings.language, anonymous, minimumGroupSize: settings.minimumGroup
        }));
    const skipped = result.skipped.map(({ uri, message }) => ({ source: vscode.Uri.parse(uri), message }));
    logSkipped(log, skipped);
    const skippedNote = skipped.length > 0 ? `${skipped.length} overgeslagen (zie het uitvoervenster Zelfscan)` : '';
    if (skipped.length > 0) {
        log.show(true);
    }
    if (!result.ok) {
        // The server's message names the command-line option; in the editor the same minimum is a setting.
        const openSetting = 'Instelling minimumGroep';
        void vscode.window.showErrorMessage(`Geen vergelijking: ${result.message}${skippedNote ? ` (${skippedNote})` : ''}`, ...(anonymous ? [openSetting] : []))
            .then(choice => choice === openSetting ? vscode.commands.executeCommand('workbench.action.openSettings', 'zelfscan.minimumGroep') : undefined);
        return { refused: result.message, skipped };
    }
    const count = `${result.scans.length} regioscan${result.scans.length === 1 ? '' : 's'} vergeleken`;
    const sources = [...result.scans, ...result.skipped.map(({ uri }) => uri)].map(uri => vscode.Uri.parse(uri));
    const written = await writeReport(reportFolderFor(folder.uri, settings), result.fileName, result.content, sources,
        ` (${count}${skippedNote ? `; ${skippedNote}` : ''})`);
    return typeof written === 'string' ? { refused: written, skipped } : { written, skipped };
}

/** Shows the changelog of a model version against the version it extends, rendered beside the editor. */
async function showChangelog(reports: ReportClient, uri: vscode.Uri | undefined): Promise<string | undefined> {
    const source = targetUri(uri);
    const document = source && await vscode.workspace.openTextDocument(source);
    if (!source || document?.languageId !== MODEL_LANGUAGE) {
        void vscode.window.showWarningMessage('Open eerst een model (.zelfscan) om de wijzigingen te zien.');
        return undefined;
    }
    const settings = readSettings(source);
    const result = await reports.report({ uri: source.toString(), format: 'html', language: settings.language, kind: 'wijzigingen' });
    if (!result.ok) {
        void vscode.window.showErrorMessage(`Geen wijzigingen: ${result.message}`);
        return undefined;
    }
    reportView().showPage(`Wijzigingen ${source.path.split('/').pop() ?? ''}`, result.content, `wijzigingen:${source.toString()}`);
    return result.content;
}

/** Shows the trend of a scan's region over its rounds in the workspace, rendered beside the editor. */
async function showTrend(reports: ReportClient, uri: vscode.Uri | undefined): Promise<string | undefined> {
    const source = targetUri(uri);
    const document = source && await vscode.workspace.openTextDocument(source);
    if (!source || document?.languageId !== SCAN_LANGUAGE) {
        void vscode.window.showWarningMessage('Open eerst een regioscan (.regioscan) om de ontwikkeling van de regio over de rondes te zien.');
        return undefined;
    }
    const settings = readSettings(source);
    const result = await reports.report({ uri: source.toString(), format: 'html', language: settings.language, kind: 'ontwikkeling' });
    if (!result.ok) {
        void vscode.window.showErrorMessage(`Geen ontwikkeling: ${result.message}`);
        return undefined;
    }
    reportView().showPage(`Ontwikkeling ${result.fileName.split('.')[1] ?? ''}`, result.content, `ontwikkeling:${result.fileName}`);
    return result.content;
}

/**
 * Writes one report into the report folder with the application layer's rules; a refusal (the folder holds
 * model or scan files, is a link, cannot be written) is thrown with its Dutch message.
 */
async function writeInReportFolder(folder: vscode.Uri, fileName: string, content: string, sources: readonly vscode.Uri[]): Promise<vscode.Uri> {
    const shown = vscode.workspace.asRelativePath(folder);
    await checkOutputFolder(folder.fsPath, { shown, advice: REPORT_FOLDER_ADVICE }, sources.filter(uri => uri.scheme === 'file').map(uri => uri.fsPath));
    return vscode.Uri.file(await writeReportFile(folder.fsPath, fileName, content));
}

const REPORT_FOLDER_ADVICE = 'Kies met de instelling zelfscan.rapportMap een aparte map voor de rapporten, bijvoorbeeld rapporten.';
