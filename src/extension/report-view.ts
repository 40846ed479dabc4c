import * as vscode from 'vscode';

/** What the report view shows now; tests read it through a command that exists only in test mode. */
export interface ReportViewState {
    readonly open: boolean;
    readonly title?: string;
    /** The source of what is shown: a report file's URI, or `wijzigingen:<model URI>` for a changelog. */
    readonly source?: string;
    /** Length of the page shown, in characters. */
    readonly length: number;
}

/**
 * Shows written reports and changelogs rendered, in one webview tab beside the editor, instead of their HTML or
 * Markdown source. A report page is self-contained and carries its own Content-Security-Policy (no scripts, no
 * requests), so the webview shows it as it is, with scripts off. "In browser openen" hands the file to the
 * system's browser through the editor's external opener.
 */
export class ReportView implements vscode.Disposable {

    private panel: vscode.WebviewPanel | undefined;
    private state: ReportViewState = { open: false, length: 0 };
    private file: vscode.Uri | undefined;

    constructor() {}

    /** Opens a written report rendered: HTML in the report view, Markdown in VS Code's Markdown preview. */
    async openReport(target: vscode.Uri): Promise<void> {
        if (target.path.endsWith('.md')) {
            await vscode.commands.executeCommand('markdown.showPreview', target);
            this.state = { open: this.state.open, title: target.path.split('/').pop(), source: target.toString(), length: 0 };
            return;
        }
        const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        this.show(target.path.split('/').pop() ?? 'Rapport', page, target.toString(), target);
    }

    /** Shows an HTML page that has no file (the changelog of a model). */
    showPage(title: string, page: string, source: string): void {
        this.show(title, page, source, undefined);
    }

    current(): ReportViewState {
        return this.state;
    }

    private show(title: string, page: string, source: string, file: vscode.Uri | undefined): void {
        if (!this.panel) {
            this.panel = vscode.window.createWebviewPanel('zelfscan.rapport', title,
                { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
                { enableScripts: false, enableCommandUris: false, localResourceRoots: [] });
            this.panel.onDidDispose(() => {
                this.panel = undefined;
                this.state = { open: false, length: 0 };
            });
        }
        this.file = file;
        this.panel.title = title;
        this.panel.webview.html = page;
        this.panel.reveal(vscode.ViewColumn.Beside, false);
        this.state = { open: true, title, source, length: page.length };
        void vscode.commands.executeCommand('setContext', 'zelfscan.rapportBestand', file !== undefined);
    }

    /** The file shown, for "In browser openen". */
    shownFile(): vscode.Uri | undefined {
        return this.panel ? this.file : undefined;
    }

    dispose(): void {
        this.panel?.dispose();
    }
}

/** "In browser openen": the system's browser, through the editor's external opener. */
export async function openInBrowser(target: vscode.Uri | undefined): Promise<boolean> {
    if (!target) {
        void vscode.window.showWarningMessage('Open eerst een rapport om het in de browser te tonen.');
        return false;
    }
    return vscode.env.openExternal(target);
}

let shared: ReportView | undefined;

/** The one report view of the extension window; extension.ts creates it at activation and disposes it. */
export function reportView(): ReportView {
    return shared ??= new ReportView();
}

/** Opens a written report rendered (see ReportView.openReport). */
export function openReport(target: vscode.Uri): Promise<void> {
    return reportView().openReport(target);
}
