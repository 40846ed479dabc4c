import { createHash, randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { FromWebviewSchema, ToWebviewSchema, type ToWebview } from './preview-messages.js';
import { isZelfscanDocument } from './language-ids.js';
import type { ReportClient } from './report-client.js';
import { readSettings } from './settings.js';
import { webviewPage } from './webview-page.js';

/** How long typing must pause before the preview asks for a new report. */
export const PREVIEW_DEBOUNCE_MS = 300;

/** What the preview shows now; tests read it through a command that exists only in test mode. */
export interface PreviewState {
    readonly open: boolean;
    readonly uri?: string;
    /** How many reports were sent to the webview. */
    readonly renders: number;
    /** sha256 of the last report body sent, hex. */
    readonly hash?: string;
    /** The last notice sent instead of a report, if it is newer than the last report. */
    readonly notice?: string;
    /** The version the webview last confirmed it shows. */
    readonly shownVersion: number;
    readonly sentVersion: number;
}

/**
 * The live report preview: one webview panel beside the editor that follows the active model or scan file
 * and re-renders, debounced, while the user types (in that file or in any model it may depend on).
 */
export class ReportPreview implements vscode.Disposable {

    private panel: vscode.WebviewPanel | undefined;
    private source: vscode.Uri | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private style: string | undefined;
    private webviewReady = false;
    private pending: ToWebview | undefined;
    private requestSeq = 0;
    private state: PreviewState = { open: false, renders: 0, shownVersion: 0, sentVersion: 0 };
    private readonly disposables: vscode.Disposable[] = [];
    private readonly onDidRenderEmitter = new vscode.EventEmitter<PreviewState>();
    /** Fires after each report or notice the webview confirms. */
    readonly onDidRender = this.onDidRenderEmitter.event;

    constructor(private readonly reports: ReportClient, private readonly log: vscode.OutputChannel) {
        this.disposables.push(
            vscode.workspace.onDidChangeTextDocument(event => {
                if (this.panel && isZelfscanDocument(event.document) && event.contentChanges.length > 0) {
                    this.schedule();
                }
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (this.panel && isZelfscanDocument(editor?.document) && editor.document.uri.toString() !== this.source?.toString()) {
                    this.source = editor.document.uri;
                    this.panel.title = previewTitle(this.source);
                    this.schedule(0);
                }
            }),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (this.panel && event.affectsConfiguration('zelfscan.taal')) {
                    this.style = undefined;
                    this.schedule(0);
                }
            }),
            this.onDidRenderEmitter
        );
    }

    /** Opens (or reveals) the preview beside the editor for a file; the active one when none is given. */
    async show(uri?: vscode.Uri): Promise<void> {
        const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
        if (!isZelfscanDocument(document)) {
            void vscode.window.showWarningMessage('Open eerst een regioscan (.regioscan) of model (.zelfscan) voor het rapportvoorbeeld.');
            return;
        }
        this.source = document.uri;
        if (this.panel) {
            this.panel.title = previewTitle(this.source);
            this.panel.reveal(vscode.ViewColumn.Beside, true);
        } else {
            this.panel = vscode.window.createWebviewPanel('zelfscan.rapportvoorbeeld', previewTitle(this.source),
                { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
                // Scripts only for the page's own nonce script that swaps in report bodies; no local files at all.
                { enableScripts: true, enableCommandUris: false, localResourceRoots: [] });
            this.panel.onDidDispose(() => this.closed(), undefined, this.disposables);
            this.panel.webview.onDidReceiveMessage(message => this.received(message), undefined, this.disposables);
            // Versions count per panel: acknowledgements of a closed panel's page can no longer arrive.
            this.state = { open: true, renders: 0, shownVersion: 0, sentVersion: 0 };
        }
        this.schedule(0);
    }

    /** The state for tests. */
    current(): PreviewState {
        return this.state;
    }

    private schedule(delay = PREVIEW_DEBOUNCE_MS): void {
        if (this.timer) {
            clearTimeout(this.timer);
        }
        this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.render();
        }, delay);
    }

    private async render(): Promise<void> {
        const panel = this.panel;
        const source = this.source;
        if (!panel || !source) {
            return;
        }
        const seq = ++this.requestSeq;
        const settings = readSettings(source);
        let message: ToWebview;
        try {
            const result = await this.reports.report({ uri: source.toString(), format: 'html', language: settings.language, bodyOnly: true, preview: true });
            if (seq !== this.requestSeq || panel !== this.panel) {
                return; // A newer request is under way, or the panel was closed meanwhile.
            }
            if (result.ok) {
                const version = this.state.sentVersion + 1;
                const problems = result.problems && { title: problemsTitle(result.problems.length, settings.language), lines: result.problems };
                message = { type: 'rapport', version, body: result.content, problems };
                this.state = {
                    ...this.state, uri: source.toString(), renders: this.state.renders + 1, hash: sha256(result.content),
                    notice: problems && [problems.title, ...problems.lines].join('\n'), sentVersion: version
                };
                if (result.style !== undefined && result.style !== this.style) {
                    this.style = result.style;
                    this.webviewReady = false;
                    panel.webview.html = webviewPage({
                        cspSource: panel.webview.cspSource, nonce: nonce(), style: result.style,
                        language: settings.language, title: previewTitle(source)
                    });
                }
            } else {
                const version = this.state.sentVersion + 1;
                message = { type: 'melding', version, message: result.message, clear: this.state.uri !== source.toString() };
                if (message.clear) {
                    this.state = { ...this.state, hash: undefined };
                }
                this.state = { ...this.state, uri: source.toString(), notice: result.message, sentVersion: version };
            }
        } catch (error) {
            if (seq !== this.requestSeq || panel !== this.panel) {
                return;
            }
            this.log.appendLine(`Rapportvoorbeeld: ${error instanceof Error ? error.message : String(error)}`);
            const version = this.state.sentVersion + 1;
            message = { type: 'melding', version, message: 'Het rapport kan nu niet worden gemaakt; zie het uitvoervenster Zelfscan.', clear: false };
            this.state = { ...this.state, notice: message.message, sentVersion: version };
        }
        if (this.style === undefined) {
            // No report yet, so no page: show the notice on a page without report styles.
            this.style = '';
            this.webviewReady = false;
            panel.webview.html = webviewPage({ cspSource: panel.webview.cspSource, nonce: nonce(), style: '', language: settings.language, title: previewTitle(source) });
        }
        this.post(ToWebviewSchema.parse(message));
    }

    /** Sends at once when the page listens; otherwise keeps only the newest message until it says it is ready. */
    private post(message: ToWebview): void {
        if (this.webviewReady && this.panel) {
            void this.panel.webview.postMessage(message);
        } else {
            this.pending = message;
        }
    }

    private received(raw: unknown): void {
        const parsed = FromWebviewSchema.safeParse(raw);
        if (!parsed.success) {
            this.log.appendLine('Rapportvoorbeeld: onbekend bericht van de webview genegeerd.');
            return;
        }
        const message = parsed.data;
        if (message.type === 'gereed') {
            this.webviewReady = true;
            if (this.pending) {
                const pending = this.pending;
                this.pending = undefined;
                this.post(pending);
            }
        } else if (message.version <= this.state.sentVersion && message.version > this.state.shownVersion) {
            this.state = { ...this.state, shownVersion: message.version };
            this.onDidRenderEmitter.fire(this.state);
        }
    }

    private closed(): void {
        this.panel = undefined;
        this.source = undefined;
        this.style = undefined;
        this.webviewReady = false;
        this.pending = undefined;
        if (this.timer) {
            clearTimeout(this.timer);
            this.timer = undefined;
        }
        this.state = { ...this.state, open: false };
    }

    dispose(): void {
        this.panel?.dispose();
        vscode.Disposable.from(...this.disposables).dispose();
    }
}

/** Above the report of a scan with errors: the report shows only what is valid. */
function problemsTitle(count: number, language: string): string {
    const many = count > 1;
    return language === 'en'
        ? `The scan has ${many ? 'errors' : 'an error'}; the preview shows what is valid (scores outside the scale are marked and not counted):`
        : `De regioscan bevat ${many ? 'fouten' : 'een fout'}; het voorbeeld toont wat geldig is (scores buiten de schaal zijn gemarkeerd en tellen niet mee):`;
}

function previewTitle(source: vscode.Uri): string {
    return `Voorbeeld ${source.path.split('/').pop() ?? ''}`;
}

function nonce(): string {
    return randomBytes(18).toString('base64');
}

function sha256(text: string): string {
    return createHash('sha256').update(text).digest('hex');
}
