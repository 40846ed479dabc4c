import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import { canonicalText } from './canonical-layout.js';

/**
 * "Format document" and "format selection" in the editor, and `zelfscan fmt`: the one canonical layout of
 * canonical-layout.ts. The client's indentation options are ignored on purpose: a file looks the same whoever
 * formats it. A file with syntax errors is left as typed, also in part: a layout computed from a partial tree
 * could move or drop the text the parser skipped.
 */
export class ZelfscanFormatter implements Formatter {

    formatDocument(document: LangiumDocument): TextEdit[] {
        return whitespaceEdits(document);
    }

    /**
     * The edits of the whole-document layout before the tokens in the range (the indentation of its first line
     * included), and the one the range lies in: only whitespace there changes, and never beyond it.
     */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        return whitespaceEdits(document).filter(edit => {
            const editStart = document.textDocument.offsetAt(edit.range.start);
            const editEnd = document.textDocument.offsetAt(edit.range.end);
            return (editEnd >= start && editEnd <= end) || (editStart <= start && editEnd >= end);
        });
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

export function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

/** The document's text in the canonical layout, or undefined when it has syntax errors. */
export function formattedText(document: LangiumDocument): string | undefined {
    return canonicalLayout(document)?.formatted;
}

interface Layout {
    readonly formatted: string;
    /** The runs of whitespace of the original text that change, by offset, with their new text. */
    readonly changes: ReadonlyArray<{ readonly start: number; readonly end: number; readonly newText: string }>;
}

function canonicalLayout(document: LangiumDocument): Layout | undefined {
    if (hasSyntaxErrors(document)) {
        return undefined;
    }
    const original = document.textDocument.getText();
    const formatted = canonicalText(document.parseResult.value, original);
    const changes: Array<Layout['changes'][number]> = [];
    let i = 0;
    let j = 0;
    for (;;) {
        const startI = i;
        const startJ = j;
        i = skipWhitespace(original, i);
        j = skipWhitespace(formatted, j);
        if (i - startI !== j - startJ || original.slice(startI, i) !== formatted.slice(startJ, j)) {
            changes.push({ start: startI, end: i, newText: formatted.slice(startJ, j) });
        }
        if (i >= original.length || j >= formatted.length) {
            break;
        }
        if (original[i] !== formatted[j]) {
            // The layout only chooses whitespace; should it ever differ in anything else, nothing is changed.
            return undefined;
        }
        i++;
        j++;
    }
    return i >= original.length && j >= formatted.length ? { formatted, changes } : undefined;
}

/**
 * The edits that turn the document into its canonical layout, one per run of whitespace that changes, so that
 * an editor keeps its cursor and marks; none when the document is not to be formatted.
 */
function whitespaceEdits(document: LangiumDocument): TextEdit[] {
    return (canonicalLayout(document)?.changes ?? []).map(change => ({
        range: { start: document.textDocument.positionAt(change.start), end: document.textDocument.positionAt(change.end) },
        newText: change.newText
    }));
}

/** The end of the run of whitespace at `from`; whitespace as the grammar's WS terminal (`\s`) means it. */
function skipWhitespace(text: string, from: number): number {
    let i = from;
    while (i < text.length && isWhitespace(text.charCodeAt(i))) {
        i++;
    }
    return i;
}

function isWhitespace(code: number): boolean {
    if (code < 128) {
        return code === 32 || (code >= 9 && code <= 13);
    }
    return /\s/.test(String.fromCharCode(code));
}
