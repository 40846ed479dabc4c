/**
 * Shared pieces of the Markdown renderers (GitHub-flavoured). User text is escaped so that it shows as
 * written and never becomes markup: no HTML, no emphasis, no links, no headings or lists at a line start.
 * Output uses LF line endings and ends with exactly one newline.
 */

const LINE_BREAK = /\r\n|\r|\n/;
// Stops before quotes, brackets and trailing punctuation, which belong to the surrounding text.
const URL = /(https?:\/\/[^\s<>|"'()[\]{}`]*[^\s<>|"'()[\]{}`.,;:!?])/;

/** Escapes one line of user text for any inline position (paragraph, list item, heading, table cell). */
function escapeLine(line: string): string {
    const text = line.replace(/\t/g, ' ');
    // Bare URLs become autolinks (markdownlint MD034); everything else is escaped character by character.
    const escaped = text.split(URL).map((part, index) => index % 2 === 1 ? `<${part}>` : escapeText(part)).join('');
    return escapeLineStart(escaped.replace(/^ +/, ''));
}

function escapeText(text: string): string {
    return text
        .replace(/[\\`*_[\]<>|~]/g, char => `\\${char}`)
        // Character references like "&lt;" would be decoded; a lone "&" is harmless and stays readable.
        .replace(/&(?=#?[0-9a-z]+;)/gi, '\\&');
}

/** Block syntax that only counts at the start of a line: headings, lists, quotes, setext and thematic breaks. */
function escapeLineStart(line: string): string {
    if (/^[-=_*+\s]+$/.test(line)) {
        return `\\${line}`;
    }
    return line
        .replace(/^(#{1,6}|[-+])(?=\s|$)/, '\\$1')
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** User text in an inline position: line breaks become spaces. */
export function mdInline(text: string): string {
    return text.split(LINE_BREAK).map(line => escapeLine(line).trim()).filter(line => line !== '').join(' ');
}

/** User text as paragraphs: blank lines separate paragraphs, single line breaks stay as hard breaks. */
export function mdParagraphs(text: string): string {
    const paragraphs = text.split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)+/)
        .map(block => block.split(LINE_BREAK).map(line => escapeLine(line).trimEnd()).filter(line => line !== ''))
        .filter(lines => lines.length > 0);
    // A trailing backslash is CommonMark's hard line break (trailing spaces would be invisible and get lost).
    return paragraphs.map(lines => lines.join('\\\n')).join('\n\n');
}

/** A table cell: inline text with pipes escaped; an empty cell stays valid. */
export function mdCell(text: string): string {
    return mdInline(text);
}

export function mdHeading(level: 1 | 2 | 3, text: string): string {
    // A run of '#' at the end would be read as the heading's optional closing sequence and dropped.
    return `${'#'.repeat(level)} ${text.replace(/ (#+)$/, ' \\$1')}`;
}

export type Alignment = 'left' | 'right' | 'center';

/** A GFM table; `header` and `rows` hold cells that are already escaped (use `mdCell`). */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[], alignments?: readonly Alignment[]): string {
    const line = (cells: readonly string[]) => `|${cells.map(cell => {
        const text = withoutTrailingSpaces(cell);
        return text === '' ? ' ' : ` ${text} `;
    }).join('|')}|`;
    const separator = header.map((_, index) => {
        switch (alignments?.[index]) {
            case 'right': return '---:';
            case 'center': return ':---:';
            default: return '---';
        }
    });
    return [line(header), `| ${separator.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The text without the spaces at its end; a loop, since a regular expression for it takes the square of a long run of spaces. */
function withoutTrailingSpaces(text: string): string {
    let end = text.length;
    while (end > 0 && text[end - 1] === ' ') {
        end--;
    }
    return text.slice(0, end);
}

export function mdList(items: readonly string[]): string {
    // Continuation lines are indented under the bullet; blank lines stay empty (no trailing spaces).
    return items.map(item => `- ${item.split('\n').map((line, index) => index === 0 || line === '' ? line : `  ${line}`).join('\n')}`).join('\n');
}

/** Joins blocks with one blank line between them and ends the document with a single newline. */
export function mdDocument(blocks: readonly (string | undefined | false)[]): string {
    return `${blocks.filter((block): block is string => typeof block === 'string' && block !== '').join('\n\n')}\n`;
}
