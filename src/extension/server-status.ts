import * as vscode from 'vscode';
import { CloseAction, ErrorAction, State, type ErrorHandler, type LanguageClient } from 'vscode-languageclient/node';
import { BUILD_STATUS_NOTIFICATION, type BuildStatus } from '../language/status-protocol.js';
import { MODEL_LANGUAGE, SCAN_LANGUAGE } from './language-ids.js';

/** Restarts allowed within RESTART_WINDOW_MS before the extension gives up (a server that crashes on start). */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

export type ServerPhase = 'starten' | 'controleren' | 'gereed' | 'gestopt';

/** What the status bar shows; tests read it through a command that exists only in test mode. */
export interface ServerStatusState {
    readonly phase: ServerPhase;
    readonly checking: number;
    readonly errors: number;
    readonly warnings: number;
    /** How often the server was restarted after it stopped unexpectedly. */
    readonly restarts: number;
    readonly text: string;
    readonly tooltip: string;
}

/**
 * The server's status bar item: starting, checking N files, the problems in model and scan files, restarted
 * after a crash, stopped. A click opens the Problems panel, or the output when the server is not running. It
 * also decides what happens when the server stops: restart it and say so, at most MAX_RESTARTS times in a row.
 */
export class ServerStatus implements vscode.Disposable {

    private readonly item = vscode.window.createStatusBarItem('zelfscan.server', vscode.StatusBarAlignment.Left, 10);
    private readonly disposables: vscode.Disposable[] = [this.item];
    private readonly restartTimes: number[] = [];
    private phase: ServerPhase = 'starten';
    private checking = 0;
    private lastRestart: Date | undefined;
    private state!: ServerStatusState;
    private readonly onDidChangeEmitter = new vscode.EventEmitter<ServerStatusState>();
    /** Fires whenever the status bar text changes. */
    readonly onDidChange = this.onDidChangeEmitter.event;

    constructor(private readonly log: vscode.OutputChannel) {
        this.item.name = 'Zelfscan-taalserver';
        this.item.command = 'zelfscan.toonStatus';
        this.disposables.push(
            this.onDidChangeEmitter,
            vscode.languages.onDidChangeDiagnostics(() => this.render()),
            vscode.commands.registerCommand('zelfscan.toonStatus', () => this.reveal())
        );
        this.render();
        this.item.show();
    }

    /** The close and error policy for the language client. */
    readonly errorHandler: ErrorHandler = {
        error: () => ({ action: ErrorAction.Continue, handled: true }),
        closed: () => {
            const now = Date.now();
            this.restartTimes.push(now);
            while (this.restartTimes.length > 0 && this.restartTimes[0] < now - RESTART_WINDOW_MS) {
                this.restartTimes.shift();
            }
            if (this.restartTimes.length > MAX_RESTARTS) {
                this.phase = 'gestopt';
                this.render();
                void vscode.window.showErrorMessage(
                    `De Zelfscan-taalserver is ${MAX_RESTARTS + 1} keer kort na elkaar gestopt en wordt niet meer herstart. `
                    + 'Zie het uitvoervenster Zelfscan; herlaad het venster om het opnieuw te proberen.', 'Uitvoer tonen')
                    .then(choice => choice ? this.log.show() : undefined);
                return { action: CloseAction.DoNotRestart, handled: true };
            }
            this.lastRestart = new Date(now);
            this.phase = 'starten';
            this.render();
            this.log.appendLine(`De taalserver is onverwacht gestopt en wordt opnieuw gestart (${this.restartTimes.length}e keer).`);
            void vscode.window.showWarningMessage(
                'De Zelfscan-taalserver was onverwacht gestopt en is opnieuw gestart. Meldingen en het voorbeeld werken weer.', 'Uitvoer tonen')
                .then(choice => choice ? this.log.show() : undefined);
            return { action: CloseAction.Restart, handled: true };
        }
    };

    /** Follows a client: its state changes and the server's build status. */
    follow(client: LanguageClient): void {
        this.disposables.push(
            client.onDidChangeState(event => {
                if (event.newState === State.Starting) {
                    this.phase = 'starten';
                } else if (event.newState === State.Stopped && this.phase !== 'gestopt') {
                    this.phase = 'starten';
                }
                this.render();
            }),
            client.onNotification(BUILD_STATUS_NOTIFICATION, (status: BuildStatus) => {
                this.checking = typeof status?.checking === 'number' ? status.checking : 0;
                if (this.phase !== 'gestopt') {
                    this.phase = this.checking > 0 ? 'controleren' : 'gereed';
                }
                this.render();
            })
        );
    }

    current(): ServerStatusState {
        return this.state;
    }

    private reveal(): void {
        if (this.phase === 'gereed' || this.phase === 'controleren') {
            void vscode.commands.executeCommand('workbench.actions.view.problems');
        } else {
            this.log.show();
        }
    }

    private render(): void {
        const { errors, warnings } = countProblems();
        const restarted = this.lastRestart
            ? `\n\nHerstart na een onverwachte stop om ${this.lastRestart.toLocaleTimeString('nl-NL')} (${this.restartTimes.length}×).`
            : '';
        let text: string;
        let tooltip: string;
        switch (this.phase) {
            case 'starten':
                text = this.lastRestart ? '$(sync~spin) Zelfscan: herstarten' : '$(sync~spin) Zelfscan: starten';
                tooltip = 'De taalserver start. Klik voor het uitvoervenster.';
                break;
            case 'controleren':
                text = `$(sync~spin) Zelfscan: ${this.checking} ${this.checking === 1 ? 'bestand' : 'bestanden'} controleren`;
                tooltip = 'De taalserver controleert modellen en regioscans. Klik voor het venster Problemen.';
                break;
            case 'gereed':
                text = errors + warnings === 0 ? '$(check) Zelfscan' : `$(error) ${errors} $(warning) ${warnings} Zelfscan`;
                tooltip = errors + warnings === 0
                    ? 'Geen fouten of waarschuwingen in modellen en regioscans.'
                    : `${errors} ${errors === 1 ? 'fout' : 'fouten'} en ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'} in modellen en regioscans. Klik voor het venster Problemen.`;
                if (this.lastRestart) {
                    text += ' $(debug-restart)';
                }
                break;
            case 'gestopt':
                text = '$(error) Zelfscan: gestopt';
                tooltip = 'De taalserver is gestopt. Klik voor het uitvoervenster; herlaad het venster om opnieuw te starten.';
                break;
        }
        this.item.text = text;
        this.item.tooltip = tooltip + restarted;
        this.item.backgroundColor = this.phase === 'gestopt' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
        const next: ServerStatusState = { phase: this.phase, checking: this.checking, errors, warnings, restarts: this.lastRestart ? this.restartTimes.length : 0, text, tooltip: this.item.tooltip };
        if (this.state?.text !== next.text || this.state?.phase !== next.phase || this.state?.restarts !== next.restarts) {
            this.state = next;
            this.onDidChangeEmitter.fire(next);
        }
        this.state = next;
    }

    dispose(): void {
        vscode.Disposable.from(...this.disposables).dispose();
    }
}

/** Errors and warnings in model and scan files, as the Problems panel counts them. */
function countProblems(): { errors: number; warnings: number } {
    let errors = 0;
    let warnings = 0;
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
        if (!isZelfscanUri(uri)) {
            continue;
        }
        for (const diagnostic of diagnostics) {
            if (diagnostic.severity === vscode.DiagnosticSeverity.Error) {
                errors++;
            } else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) {
                warnings++;
            }
        }
    }
    return { errors, warnings };
}

function isZelfscanUri(uri: vscode.Uri): boolean {
    if (uri.path.endsWith(`.${MODEL_LANGUAGE}`) || uri.path.endsWith(`.${SCAN_LANGUAGE}`)) {
        return true;
    }
    const open = vscode.workspace.textDocuments.find(document => document.uri.toString() === uri.toString());
    return open?.languageId === MODEL_LANGUAGE || open?.languageId === SCAN_LANGUAGE;
}
