import * as vscode from 'vscode';
import { compareVersions } from '../domain/model-key.js';
import { scanFileName, scanSkeleton } from '../domain/scan-skeleton.js';
import type { ModelSummary } from '../language/report-protocol.js';
import type { ReportClient } from './report-client.js';

/** "Nieuwe regioscan vanuit een model": pick a model version, name the region, pick a focus, get a skeleton. */
export function registerNewScanCommand(context: vscode.ExtensionContext, reports: ReportClient): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('zelfscan.nieuweRegioscan', () => createScan(reports))
    );
}

async function createScan(reports: ReportClient): Promise<vscode.TextDocument | undefined> {
    const models = (await reports.models())
        .sort((a, b) => a.name.localeCompare(b.name) || compareVersions(b.version, a.version));
    if (models.length === 0) {
        void vscode.window.showWarningMessage('Geen model (.zelfscan) gevonden in de werkruimte; maak eerst een model.');
        return undefined;
    }
    const modelPick = await vscode.window.showQuickPick(
        models.map(model => ({ label: `${model.name} versie ${model.version}`, description: model.title, detail: vscode.workspace.asRelativePath(vscode.Uri.parse(model.uri)), model })),
        { title: 'Nieuwe regioscan (1/3): modelversie', placeHolder: 'Kies de modelversie waartegen de scan wordt gelezen' });
    if (!modelPick) {
        return undefined;
    }
    const region = await vscode.window.showInputBox({
        title: 'Nieuwe regioscan (2/3): regio',
        prompt: 'Naam van de regio, bijvoorbeeld "Regio Noord"',
        validateInput: value => value.trim() === '' ? 'Geef de regio een naam.' : undefined
    });
    if (region === undefined) {
        return undefined;
    }
    const focus = await pickFocus(modelPick.model);
    if (focus === null) {
        return undefined;
    }
    const text = scanSkeleton(modelPick.model, region.trim(), focus);
    const target = await freeUri(await scanFolder(vscode.Uri.parse(modelPick.model.uri)), scanFileName(region.trim()));
    // An untitled document with a proposed path: the user sees it first and saves it where it belongs.
    const document = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit(edit => edit.insert(new vscode.Position(0, 0), text));
    if (document.languageId !== 'regioscan') {
        await vscode.languages.setTextDocumentLanguage(document, 'regioscan');
    }
    return document;
}

/** The chosen focus name; undefined for a model without focuses; null when the user cancelled. */
async function pickFocus(model: ModelSummary): Promise<string | undefined | null> {
    if (model.focuses.length === 0) {
        return undefined;
    }
    const pick = await vscode.window.showQuickPick(
        model.focuses.map(focus => ({
            label: focus.name,
            description: focus.label,
            detail: `Vereist: ${focus.requirements.map(group => group.join(' of ')).join(', ')}`
        })),
        { title: 'Nieuwe regioscan (3/3): focus', placeHolder: 'Kies de focus van de scan' });
    return pick ? pick.label : null;
}

/** Where new scans go: the folder that holds most scans already, else the model's own folder. */
async function scanFolder(model: vscode.Uri): Promise<vscode.Uri> {
    const scans = await vscode.workspace.findFiles('**/*.regioscan', '**/node_modules/**', 500);
    const counts = new Map<string, { folder: vscode.Uri; count: number }>();
    for (const scan of scans) {
        const folder = vscode.Uri.joinPath(scan, '..');
        const entry = counts.get(folder.toString()) ?? { folder, count: 0 };
        entry.count++;
        counts.set(folder.toString(), entry);
    }
    const best = [...counts.values()].sort((a, b) => b.count - a.count || a.folder.toString().localeCompare(b.folder.toString()))[0];
    return best?.folder ?? vscode.Uri.joinPath(model, '..');
}

async function freeUri(folder: vscode.Uri, fileName: string): Promise<vscode.Uri> {
    const stem = fileName.replace(/\.regioscan$/, '');
    for (let n = 1; ; n++) {
        const candidate = vscode.Uri.joinPath(folder, n === 1 ? fileName : `${stem}-${n}.regioscan`);
        try {
            await vscode.workspace.fs.stat(candidate);
        } catch {
            return candidate;
        }
    }
}
