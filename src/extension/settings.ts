import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReportLanguage } from '../domain/report-model.js';
import type { ReportFormat } from '../language/report-protocol.js';

/** The extension's settings (`zelfscan.*`), read fresh on every use so that changes apply at once. */
export interface ZelfscanSettings {
    readonly reportFolder: string;
    readonly defaultFormat: ReportFormat;
    /** Only raises the model's minimum group size; absent: the model's. */
    readonly minimumGroup?: number;
    readonly language: ReportLanguage;
}

export function readSettings(scope?: vscode.ConfigurationScope): ZelfscanSettings {
    const config = vscode.workspace.getConfiguration('zelfscan', scope);
    const format = config.get<string>('standaardFormaat');
    const language = config.get<string>('taal');
    const minimumGroup = config.get<number>('minimumGroep');
    return {
        reportFolder: config.get<string>('rapportMap') || 'rapporten',
        defaultFormat: format === 'md' ? 'md' : 'html',
        minimumGroup: typeof minimumGroup === 'number' && minimumGroup >= 1 ? Math.floor(minimumGroup) : undefined,
        language: language === 'en' ? 'en' : 'nl'
    };
}

/** The folder reports of a file go to: the setting, relative to the file's workspace folder (or the file's own folder). */
export function reportFolderFor(source: vscode.Uri, settings: ZelfscanSettings): vscode.Uri {
    if (path.isAbsolute(settings.reportFolder)) {
        return vscode.Uri.file(settings.reportFolder);
    }
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(source) ?? vscode.workspace.workspaceFolders?.[0];
    const base = workspaceFolder?.uri ?? vscode.Uri.joinPath(source, '..');
    return vscode.Uri.joinPath(base, settings.reportFolder);
}
