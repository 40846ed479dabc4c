import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { writeFileAtomically } from '../app/atomic-write.js';
import { compareVersions } from '../domain/model-key.js';
import { scanFileName } from '../domain/scan-skeleton.js';
import type { ModelSummary } from '../language/report-protocol.js';
import {
    EXPORT_REQUEST, ExportParamsSchema, ExportResultSchema, IMPORT_REQUEST, ImportParamsSchema, ImportResultSchema,
    type ExportParams, type ExportResult, type ImportParams, type ImportResult
} from '../language/sheet-protocol.js';
import type { ReportClient } from './report-client.js';
import { readSettings } from './settings.js';
import { whenTrusted } from './trust.js';

/**
 * "Importeer uit spreadsheet" and "Exporteer naar spreadsheet": the language server runs the same import and
 * export as `zelfscan import` and `zelfscan export`; this side only asks the user and writes the file.
 */
export function registerSheetCommands(context: vscode.ExtensionContext, client: LanguageClient, reports: ReportClient, log: vscode.LogOutputChannel): void {
    const sheets = new SheetClient(client);
    context.subscriptions.push(
        vscode.commands.registerCommand('zelfscan.importeerSpreadsheet', (file?: vscode.Uri) => whenTrusted(() => importSheet(sheets, reports, log, file))),
        vscode.commands.registerCommand('zelfscan.exporteerSpreadsheet', () => whenTrusted(() => exportSheet(sheets, log)))
    );
}

/** The spreadsheet requests; every answer of the server is checked before use. */
export class SheetClient {
    constructor(private readonly client: LanguageClient) {}

    async importSheet(params: ImportParams): Promise<ImportResult> {
        return ImportResultSchema.parse(await this.client.sendRequest(IMPORT_REQUEST, ImportParamsSchema.parse(params)));
    }

    async exportSheet(params: ExportParams): Promise<ExportResult> {
        return ExportResultSchema.parse(await this.client.sendRequest(EXPORT_REQUEST, ExportParamsSchema.parse(params)));
    }
}

async function importSheet(sheets: SheetClient, reports: ReportClient, log: vscode.LogOutputChannel, given?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const file = given ?? (await vscode.window.showOpenDialog({
        title: 'Importeer uit spreadsheet', canSelectMany: false, openLabel: 'Importeer',
        filters: { 'Spreadsheet (CSV, Excel)': ['csv', 'xlsx'] }
    }))?.[0];
    if (!file) {
        return undefined;
    }
    const models = (await reports.models()).sort((a, b) => a.name.localeCompare(b.name) || compareVersions(b.version, a.version));
    if (models.length === 0) {
        void vscode.window.showWarningMessage('Geen model (.zelfscan) gevonden in de werkruimte; maak eerst een model.');
        return undefined;
    }
    const modelPick = await vscode.window.showQuickPick(
        models.map(model => ({ label: `${model.name} versie ${model.version}`, description: model.title, model })),
        { title: 'Importeer uit spreadsheet (1/3): modelversie', placeHolder: 'Tegen welke modelversie zijn de scores gegeven?' });
    if (!modelPick) {
        return undefined;
    }
    const region = (await vscode.window.showInputBox({
        title: 'Importeer uit spreadsheet (2/3): regio', prompt: 'Naam van de regio, bijvoorbeeld "Regio Noord"',
        validateInput: value => value.trim() === '' ? 'Geef de regio een naam.' : undefined
    }))?.trim();
    if (!region) {
        return undefined;
    }
    const focus = await pickFocus(modelPick.model);
    if (focus === null) {
        return undefined;
    }
    const folder = vscode.workspace.getWorkspaceFolder(file)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.joinPath(file, '..');
    const target = vscode.Uri.joinPath(folder, scanFileName(region));
    const request: ImportParams = {
        file: file.fsPath, model: { name: modelPick.model.name, version: modelPick.model.version }, region, focus, target: target.fsPath,
        language: readSettings().language
    };
    let result = await sheets.importSheet(request);
    if (!result.ok && result.sheets) {
        const sheet = await vscode.window.showQuickPick(result.sheets, { title: 'Importeer uit spreadsheet: blad', placeHolder: 'Welk blad heeft de antwoorden?' });
        if (!sheet) {
            return undefined;
        }
        result = await sheets.importSheet({ ...request, sheet });
    }
    log.info(`Import van ${file.fsPath}; koppeling van de kolommen:`);
    result.mapping.forEach(line => log.info(`  ${line}`));
    result.problems.forEach(({ severity, line }) => (severity === 'fout' ? log.error(line) : severity === 'info' ? log.info(line) : log.warn(line)));
    if (!result.ok) {
        const show = 'Toon meldingen';
        const detail = result.problems.length > 0 ? ' De meldingen per rij en kolom staan in de uitvoer Zelfscan.' : '';
        if (await vscode.window.showErrorMessage(`${result.message}${detail}`, show) === show) {
            log.show(true);
        }
        return undefined;
    }
    try {
        await writeFileAtomically(target.fsPath, result.text, { existing: 'new' });
    } catch (error) {
        const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
        void vscode.window.showErrorMessage(exists
            ? `'${vscode.workspace.asRelativePath(target)}' bestaat al en wordt niet overschreven. Kies een andere regionaam.`
            : `Kon '${vscode.workspace.asRelativePath(target)}' niet schrijven: ${(error as Error).message}`);
        return undefined;
    }
    await vscode.window.showTextDocument(target);
    const warnings = result.problems.filter(problem => problem.severity === 'waarschuwing').length;
    if (warnings > 0) {
        void vscode.window.showWarningMessage(`Geïmporteerd met ${warnings === 1 ? 'een waarschuwing' : `${warnings} waarschuwingen`}; zie het venster Problemen.`);
    }
    const notices = result.problems.filter(problem => problem.severity === 'info');
    notices.forEach(({ message }) => void vscode.window.showInformationMessage(message));
    return target;
}

/** The chosen focus name; undefined for a model without focuses; null when the user cancelled. */
async function pickFocus(model: ModelSummary): Promise<string | undefined | null> {
    if (model.focuses.length === 0) {
        return undefined;
    }
    const pick = await vscode.window.showQuickPick(
        model.focuses.map(focus => ({ label: focus.name, description: focus.label })),
        { title: 'Importeer uit spreadsheet (3/3): focus', placeHolder: 'Kies de focus van de scan' });
    return pick ? pick.label : null;
}

async function exportSheet(sheets: SheetClient, log: vscode.LogOutputChannel): Promise<vscode.Uri | undefined> {
    const choice = await vscode.window.showQuickPick([
        { label: 'Excel (.xlsx), een rij per respondent en rol', format: 'xlsx' as const, wide: false },
        { label: 'Excel (.xlsx), een rij per respondent', format: 'xlsx' as const, wide: true },
        { label: 'CSV, een rij per respondent en rol', format: 'csv' as const, wide: false },
        { label: 'CSV, een rij per respondent', format: 'csv' as const, wide: true }
    ], { title: 'Exporteer naar spreadsheet', placeHolder: 'Welk formaat en welke vorm?' });
    if (!choice) {
        return undefined;
    }
    const result = await sheets.exportSheet({ format: choice.format, wide: choice.wide, language: readSettings().language });
    for (const skipped of result.skipped) {
        log.warn(`Niet geëxporteerd: ${vscode.workspace.asRelativePath(vscode.Uri.parse(skipped.uri))}: ${skipped.message}`);
    }
    if (!result.ok) {
        void vscode.window.showErrorMessage(result.message);
        return undefined;
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
        title: 'Exporteer naar spreadsheet', saveLabel: 'Exporteer',
        defaultUri: folder && vscode.Uri.joinPath(folder, `scores.${choice.format}`),
        filters: choice.format === 'xlsx' ? { 'Excel-werkmap': ['xlsx'] } : { CSV: ['csv'] }
    });
    if (!target) {
        return undefined;
    }
    // The save dialog has asked before replacing a file that exists; only then is it replaced.
    const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
    await writeFileAtomically(target.fsPath, Buffer.from(result.content, 'base64'), { existing: exists ? 'replace' : 'new' });
    const skipped = result.skipped.length > 0 ? ` ${result.skipped.length} met fouten overgeslagen (zie de uitvoer Zelfscan).` : '';
    void vscode.window.showInformationMessage(`${result.scans.length === 1 ? 'Een scan' : `${result.scans.length} scans`} geëxporteerd naar ${vscode.workspace.asRelativePath(target)}.${skipped}`);
    return target;
}
