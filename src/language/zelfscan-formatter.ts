import { isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction } from 'langium/lsp';
import type { DocumentFormattingParams, Range, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The one canonical layout of both file kinds, so that diffs stay small: four-space indentation, one fact per
 * line, one space between tokens, `{` on the header line and `}` on a line of its own. Where the user left a
 * blank line between two facts one blank line stays; more collapse to one. Versions, dates and ranges are
 * written without inner spaces (`1.0`, `2024-01-15`, `1..5`). Only whitespace changes, never a token.
 */
export class ZelfscanFormatter extends AbstractFormatter {

    /** A new line, or a blank line where the user had at least one; `tabs` more indentation. */
    private static lineBreak(tabs: number): FormattingAction {
        return { options: {}, moves: [{ tabs, lines: 1 }, { tabs, lines: 2 }] };
    }

    protected format(node: AstNode): void {
        const cst = node.$cstNode;
        if (!cst) {
            return;
        }
        const formatter = this.getNodeFormatter(node);
        const units = unitsOf(node, cst);
        let depth = 0;
        for (let i = 0; i < units.length; i++) {
            const unit = units[i];
            const text = isLeafCstNode(unit) ? unit.text : undefined;
            const previous = i > 0 ? units[i - 1] : undefined;
            const previousText = previous && isLeafCstNode(previous) ? previous.text : undefined;
            if (text === '}') {
                depth--;
            }
            if (previous) {
                const region = formatter.cst([unit]);
                if (text === '}') {
                    region.prepend(Formatting.newLine());
                } else if (previousText === '{' || (depth > 0 && isCompositeCstNode(unit) && unit.astNode !== node)) {
                    // The first fact of a block, or a further fact: on its own line, one level deeper.
                    region.prepend(ZelfscanFormatter.lineBreak(1));
                } else if (text === ',' || text === '..' || previousText === '..' || text === '.' || previousText === '.'
                    || text === '-' || previousText === '-') {
                    region.prepend(Formatting.noSpace());
                } else {
                    region.prepend(Formatting.oneSpace());
                }
            }
            if (text === '{') {
                depth++;
            }
        }
    }

    /**
     * Langium's edits, then a pass over the result for what they leave alone (blank lines around comments,
     * spaces at line ends, the start and end of the file), returned as one edit over the changed span.
     */
    override async formatDocument(document: LangiumDocument, params: DocumentFormattingParams): Promise<TextEdit[]> {
        if (hasSyntaxErrors(document)) {
            // A layout computed from a partial tree could move text into the wrong place; leave it as typed.
            return [];
        }
        const original = document.textDocument.getText();
        const formatted = tidyWhitespace(TextDocument.applyEdits(document.textDocument, await super.formatDocument(document, params)));
        return changedSpan(document, original, formatted);
    }
}

export function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

/**
 * The pieces of a node's own text to space: its own tokens (also those inside data type rules such as a
 * version) and, as one piece each, the nodes it contains.
 */
function unitsOf(node: AstNode, cst: CstNode): CstNode[] {
    const units: CstNode[] = [];
    const visit = (current: CstNode) => {
        if (isLeafCstNode(current)) {
            if (!current.hidden) {
                units.push(current);
            }
        } else if (isCompositeCstNode(current)) {
            for (const child of current.content) {
                if (child.astNode !== node && child.astNode.$cstNode === child) {
                    units.push(child);
                } else {
                    visit(child);
                }
            }
        }
    };
    visit(cst);
    return units;
}

/**
 * Outside strings and comments: no spaces at line ends, at most one blank line in a row, nothing before the
 * first token and exactly one line break after the last.
 */
export function tidyWhitespace(text: string): string {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '"') {
            const end = stringEnd(text, i);
            out += text.slice(i, end);
            i = end;
        } else if (text.startsWith('//', i)) {
            const end = text.indexOf('\n', i);
            const stop = end < 0 ? text.length : end;
            out += text.slice(i, stop).trimEnd();
            i = stop;
        } else if (text.startsWith('/*', i)) {
            const end = text.indexOf('*/', i + 2);
            const stop = end < 0 ? text.length : end + 2;
            out += text.slice(i, stop);
            i = stop;
        } else if (/\s/.test(c)) {
            let end = i;
            while (end < text.length && /\s/.test(text[end])) {
                end++;
            }
            const gap = text.slice(i, end);
            const breaks = (gap.match(/\n/g) ?? []).length;
            if (breaks === 0) {
                out += gap;
            } else {
                // A comment on a line of its own is indented like the fact after it.
                const startsComment = text.startsWith('//', end) || text.startsWith('/*', end);
                const indentation = startsComment ? indentationOfNextToken(text, end) : gap.slice(gap.lastIndexOf('\n') + 1);
                out += '\n'.repeat(Math.min(breaks, 2)) + indentation;
            }
            i = end;
        } else {
            out += c;
            i++;
        }
    }
    const trimmed = out.trim();
    return trimmed.length > 0 ? `${trimmed}\n` : '';
}

/** The indentation of the line of the next token after the comments at `start`; one level more before a `}`. */
function indentationOfNextToken(text: string, start: number): string {
    let i = start;
    for (;;) {
        while (i < text.length && /\s/.test(text[i])) {
            i++;
        }
        if (text.startsWith('//', i)) {
            const end = text.indexOf('\n', i);
            i = end < 0 ? text.length : end;
        } else if (text.startsWith('/*', i)) {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? text.length : end + 2;
        } else {
            break;
        }
    }
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const before = text.slice(lineStart, i);
    const indentation = /^[ \t]*$/.test(before) ? before : '';
    return text[i] === '}' ? `${indentation}    ` : indentation;
}

/** Where a string starting at `start` ends (exclusive); an unterminated string runs to the end of its line. */
function stringEnd(text: string, start: number): number {
    for (let i = start + 1; i < text.length; i++) {
        if (text[i] === '\\') {
            i++;
        } else if (text[i] === '"') {
            return i + 1;
        }
    }
    return text.length;
}

/** One edit replacing only the span between the common prefix and suffix of the two texts. */
function changedSpan(document: LangiumDocument, original: string, formatted: string): TextEdit[] {
    if (original === formatted) {
        return [];
    }
    let prefix = 0;
    const shorter = Math.min(original.length, formatted.length);
    while (prefix < shorter && original[prefix] === formatted[prefix]) {
        prefix++;
    }
    let suffix = 0;
    while (suffix < shorter - prefix && original[original.length - 1 - suffix] === formatted[formatted.length - 1 - suffix]) {
        suffix++;
    }
    const range: Range = {
        start: document.textDocument.positionAt(prefix),
        end: document.textDocument.positionAt(original.length - suffix)
    };
    return [{ range, newText: formatted.slice(prefix, formatted.length - suffix) }];
}
