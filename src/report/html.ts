/**
 * A tiny HTML builder whose default is safe: every value interpolated into an `html` template is escaped,
 * unless it is itself the result of `html` (already safe) or explicitly marked with `trustedHtml`.
 * Escaping covers text and quoted attribute values; the renderers never interpolate into unquoted
 * attributes, URLs, scripts or styles.
 */
export class SafeHtml {
    constructor(readonly markup: string) {}

    toString(): string {
        return this.markup;
    }
}

/** What a template accepts. Absent values (`undefined`, `null`, `false`) render as nothing, so optional parts read naturally. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '\'': '&#39;'
};

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, char => ESCAPES[char]!);
}

/** The explicit opt-out of escaping; only for markup the renderers write themselves (never user text). */
export function trustedHtml(markup: string): SafeHtml {
    return new SafeHtml(markup);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
    let markup = strings[0]!;
    for (let i = 0; i < values.length; i++) {
        markup += toMarkup(values[i]) + strings[i + 1]!;
    }
    return new SafeHtml(markup);
}

export function joinHtml(values: readonly HtmlValue[], separator: SafeHtml = new SafeHtml('')): SafeHtml {
    return new SafeHtml(values.map(toMarkup).filter(part => part !== '').join(separator.markup));
}

function toMarkup(value: HtmlValue): string {
    if (value === null || value === undefined || value === false || value === true) {
        return '';
    }
    if (value instanceof SafeHtml) {
        return value.markup;
    }
    if (Array.isArray(value)) {
        return (value as readonly HtmlValue[]).map(toMarkup).join('');
    }
    return escapeHtml(String(value));
}

/** User text with its line breaks kept: lines become `<br>`-separated escaped text. */
export function multilineText(text: string): SafeHtml {
    return joinHtml(text.split(/\r\n|\r|\n/), new SafeHtml('<br>'));
}

/** Longer user text (advice, answers): blank lines separate paragraphs, single line breaks stay. */
export function paragraphs(text: string, className?: string): SafeHtml {
    const blocks = text.split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)+/).map(block => block.trim()).filter(block => block !== '');
    const classAttribute = className === undefined ? '' : html` class="${className}"`;
    return joinHtml(blocks.map(block => html`<p${classAttribute}>${multilineText(block)}</p>`), new SafeHtml('\n'));
}

/** A line break between blocks of generated markup. */
export const NL = html`\n`;

/**
 * A data table: caption, one header row, body rows. Wide tables sit in a scroll area that the keyboard can
 * reach; narrow ones (the scale, a changelog group) stand on their own.
 */
export function dataTable(caption: string, headerCells: HtmlValue, rows: readonly HtmlValue[], options: { scroll: boolean }): SafeHtml {
    const table = html`<table>
<caption>${caption}</caption>
<thead>
<tr>${headerCells}</tr>
</thead>
<tbody>
${joinHtml(rows, NL)}
</tbody>
</table>`;
    return options.scroll ? html`<section class="table-scroll" tabindex="0" aria-label="${caption}">\n${table}\n</section>` : table;
}
