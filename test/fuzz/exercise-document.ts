import { EmptyFileSystem } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ErrorCodes, LSPErrorCodes, type Diagnostic, type Position, type Range, type TextEdit } from 'vscode-languageserver-protocol';
import { COMPARISON_REQUEST, MODELS_REQUEST, REPORT_REQUEST } from '../../src/language/report-protocol.js';
import { EXPORT_REQUEST } from '../../src/language/sheet-protocol.js';
import { createZelfscanServices } from '../../src/language/zelfscan-module.js';
import type { SourceText } from './hostile-documents.js';
import type { FuzzServer } from './fuzz-server.js';

/**
 * Sends one document through everything the server offers, as an editor would: open, diagnostics, every request
 * its capabilities announce (at the given positions), full and range formatting, the reports, close. Counts what
 * went wrong instead of stopping at the first problem, so a long run can report its figures.
 */

export interface Outcome {
    requests: number;
    /** Error answers other than a cancellation: internal errors above all. */
    readonly internalErrors: string[];
    /** Errors the server logged (exceptions it caught), and a server that exited. */
    readonly exceptions: string[];
    /** Requests (or diagnostics) that took longer than the bound, or never came. */
    readonly hangs: string[];
    /** Formatting that lost or changed a token or comment. */
    readonly lostText: string[];
    /** Formatting of a document that parses, whose second run changes the first's result. */
    readonly notIdempotent: string[];
    /** Formatting that depends on the editor's options (tab size, tabs or spaces): a canonical format is one format. */
    readonly notCanonical: string[];
    /** Documents that parse cleanly, whose formatting was checked for idempotence. */
    idempotenceChecked: number;
    /** The slowest request, for the figures. */
    slowest: { method: string; ms: number };
}

export function emptyOutcome(): Outcome {
    return { requests: 0, internalErrors: [], exceptions: [], hangs: [], lostText: [], notIdempotent: [], notCanonical: [], idempotenceChecked: 0, slowest: { method: '', ms: 0 } };
}

/** The parts of one outcome added to another. */
export function addOutcome(total: Outcome, one: Outcome): void {
    total.requests += one.requests;
    total.internalErrors.push(...one.internalErrors);
    total.exceptions.push(...one.exceptions);
    total.hangs.push(...one.hangs);
    total.lostText.push(...one.lostText);
    total.notIdempotent.push(...one.notIdempotent);
    total.notCanonical.push(...one.notCanonical);
    total.idempotenceChecked += one.idempotenceChecked;
    if (one.slowest.ms > total.slowest.ms) {
        total.slowest = one.slowest;
    }
}

const local = createZelfscanServices(EmptyFileSystem);

const languageOf = (name: string) => name.endsWith('.zelfscan') ? 'zelfscan' : 'regioscan';

/** The images of every token, comments included, as this language lexes the text. */
export function tokenImages(name: string, text: string): string[] {
    const lexed = local[languageOf(name)].parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...(lexed.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map(token => token.image);
}

/** Whether the text lexes and parses without an error. */
export function parsesCleanly(name: string, text: string): boolean {
    const result = local[languageOf(name)].parser.LangiumParser.parse(text);
    return result.lexerErrors.length === 0 && result.parserErrors.length === 0;
}

/** Formatting may change whitespace between tokens only: the same tokens, and the same characters apart from whitespace. */
function sameText(name: string, before: string, after: string): boolean {
    const images = (text: string) => tokenImages(name, text).join('\u0000');
    return images(before) === images(after) && before.replace(/\s+/g, '') === after.replace(/\s+/g, '');
}

const ACCEPTABLE = new Set<number>([LSPErrorCodes.RequestCancelled, LSPErrorCodes.ContentModified, LSPErrorCodes.ServerCancelled]);

let counter = 0;

export interface ExerciseOptions {
    /** The longest a request may take; longer counts as a hang. */
    readonly boundMs: number;
    /** Also ask for the reports and the comparison (slower; every document in CI, a sample in a long run). */
    readonly reports: boolean;
}

export async function exerciseDocument(server: FuzzServer, source: SourceText, positions: readonly number[], options: ExerciseOptions): Promise<Outcome> {
    const outcome = emptyOutcome();
    const errorsBefore = server.errors.length;
    const uri = server.uriOf(`fuzz/${++counter}-${source.name}`);
    const languageId = languageOf(source.name);
    let text = source.text;
    let version = 1;
    const document = () => TextDocument.create(uri, languageId, version, text);
    const textDocument = { uri };
    const label = (method: string) => `${method} on ${JSON.stringify(source.name)} (${text.length} characters)`;

    async function request<R>(method: string, params: unknown): Promise<R | undefined> {
        outcome.requests++;
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'hang'>(resolve => {
            timer = setTimeout(() => resolve('hang'), options.boundMs);
        });
        try {
            const answer = await Promise.race([server.connection.sendRequest(method, params) as Promise<R>, timeout]);
            if (answer === 'hang') {
                outcome.hangs.push(`${label(method)}: no answer within ${options.boundMs} ms`);
                return undefined;
            }
            return answer;
        } catch (error) {
            const code = (error as { code?: number }).code;
            if (code === undefined || !ACCEPTABLE.has(code)) {
                outcome.internalErrors.push(`${label(method)}: ${code === ErrorCodes.InternalError ? 'internal error' : `error ${code}`}: ${(error as Error).message}`);
            }
            return undefined;
        } finally {
            clearTimeout(timer);
            const ms = performance.now() - started;
            if (ms > outcome.slowest.ms) {
                outcome.slowest = { method, ms };
            }
        }
    }

    const since = performance.now();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    const diagnostics: Diagnostic[] = await server.diagnostics(uri, since, options.boundMs) ?? [];
    if (!(await server.diagnostics(uri, since, 0))) {
        outcome.hangs.push(`${label('publishDiagnostics')}: none within ${options.boundMs} ms`);
    }

    const doc = document();
    const at = (n: number): Position => doc.positionAt(n % (text.length + 1));
    const whole: Range = { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) };
    const capabilities = server.capabilities;
    for (const offset of positions) {
        const position = at(offset);
        const params = { textDocument, position };
        if (capabilities.completionProvider) await request('textDocument/completion', params);
        if (capabilities.hoverProvider) await request('textDocument/hover', params);
        if (capabilities.definitionProvider) await request('textDocument/definition', params);
        if (capabilities.declarationProvider) await request('textDocument/declaration', params);
        if (capabilities.typeDefinitionProvider) await request('textDocument/typeDefinition', params);
        if (capabilities.implementationProvider) await request('textDocument/implementation', params);
        if (capabilities.referencesProvider) await request('textDocument/references', { ...params, context: { includeDeclaration: true } });
        if (capabilities.documentHighlightProvider) await request('textDocument/documentHighlight', params);
        if (capabilities.signatureHelpProvider) await request('textDocument/signatureHelp', params);
        if (capabilities.renameProvider) {
            await request('textDocument/prepareRename', params);
            await request('textDocument/rename', { ...params, newName: 'Nieuwe_naam' });
        }
        if (capabilities.selectionRangeProvider) await request('textDocument/selectionRange', { textDocument, positions: [position] });
        if (capabilities.documentOnTypeFormattingProvider) {
            await request('textDocument/onTypeFormatting', { ...params, ch: capabilities.documentOnTypeFormattingProvider.firstTriggerCharacter, options: { tabSize: 4, insertSpaces: true } });
        }
    }
    if (capabilities.codeActionProvider) {
        await request('textDocument/codeAction', { textDocument, range: whole, context: { diagnostics } });
        for (const diagnostic of diagnostics.slice(0, 5)) {
            await request('textDocument/codeAction', { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
        }
    }
    if (capabilities.documentSymbolProvider) await request('textDocument/documentSymbol', { textDocument });
    if (capabilities.foldingRangeProvider) await request('textDocument/foldingRange', { textDocument });
    if (capabilities.semanticTokensProvider) {
        await request('textDocument/semanticTokens/full', { textDocument });
        await request('textDocument/semanticTokens/range', { textDocument, range: whole });
    }
    if (capabilities.inlayHintProvider) await request('textDocument/inlayHint', { textDocument, range: whole });
    if (capabilities.codeLensProvider) await request('textDocument/codeLens', { textDocument });
    if (capabilities.documentLinkProvider) await request('textDocument/documentLink', { textDocument });
    if (capabilities.workspaceSymbolProvider) await request('workspace/symbol', { query: text.slice(0, 2).replace(/\W/g, '') });

    if (options.reports) {
        for (const kind of languageId === 'zelfscan' ? ['standaard', 'wijzigingen'] : ['standaard']) {
            await request(REPORT_REQUEST, { uri, format: 'html', language: 'nl', kind, bodyOnly: true, preview: true });
            await request(REPORT_REQUEST, { uri, format: 'md', language: 'en', kind });
        }
        await request(COMPARISON_REQUEST, { format: 'md', language: 'nl' });
        await request(MODELS_REQUEST, {});
        await request(EXPORT_REQUEST, { format: 'csv' });
    }

    const formattingOptions = { tabSize: 4, insertSpaces: true };
    if (capabilities.documentRangeFormattingProvider && positions.length >= 2) {
        const [a, b] = [positions[0] % (text.length + 1), positions[1] % (text.length + 1)].sort((x, y) => x - y);
        const range = { start: doc.positionAt(a), end: doc.positionAt(b) };
        const edits = await request<TextEdit[] | null>('textDocument/rangeFormatting', { textDocument, range, options: formattingOptions });
        const after = TextDocument.applyEdits(doc, edits ?? []);
        if (!sameText(source.name, text, after)) {
            outcome.lostText.push(`range formatting ${a}..${b} of ${JSON.stringify(source.name)} changed a token: ${JSON.stringify(text)}`);
        }
    }
    if (capabilities.documentFormattingProvider) {
        const edits = await request<TextEdit[] | null>('textDocument/formatting', { textDocument, options: formattingOptions });
        const formatted = TextDocument.applyEdits(doc, edits ?? []);
        const otherOptions = await request<TextEdit[] | null>('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: false } });
        if (TextDocument.applyEdits(doc, otherOptions ?? []) !== formatted) {
            outcome.notCanonical.push(`formatting of ${JSON.stringify(source.name)} with a tab size of 2 and tabs differs from 4 spaces: ${JSON.stringify(text)}`);
        }
        if (!sameText(source.name, text, formatted)) {
            outcome.lostText.push(`formatting of ${JSON.stringify(source.name)} changed a token: ${JSON.stringify(text)}`);
        } else if (parsesCleanly(source.name, text)) {
            outcome.idempotenceChecked++;
            text = formatted;
            version++;
            await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
            const again = await request<TextEdit[] | null>('textDocument/formatting', { textDocument, options: formattingOptions });
            const twice = TextDocument.applyEdits(document(), again ?? []);
            if (twice !== formatted) {
                outcome.notIdempotent.push(`formatting twice differs from once for ${JSON.stringify(source.name)}: ${JSON.stringify(source.text)}`);
            }
        }
    }

    await server.connection.sendNotification('textDocument/didClose', { textDocument });
    outcome.exceptions.push(...server.errors.slice(errorsBefore).map(error => `logged while handling ${JSON.stringify(source.name)}: ${error}`));
    if (server.exited) {
        outcome.exceptions.push(`the server exited while handling ${JSON.stringify(source.name)}`);
    }
    return outcome;
}

/** The keywords and punctuation of both languages, plus a few values, for token soups. */
export function languageWords(): string[] {
    const keywords = Object.keys(local.regioscan.parser.Lexer.definition).filter(name => !/^[A-Z_]+$/.test(name));
    return [...keywords, '1', '5', '0', '"tekst"', '2024-01-15', 'Regieneming', 'Ontwerper', 'gemeente'];
}
