import { marked, type Token, type Tokens } from 'marked';
import { lint } from 'markdownlint/sync';
import { describe, expect, test } from 'vitest';
import type { RegionReport } from '../../src/domain/report-model.js';
import { mdInline, mdParagraphs, mdTable } from '../../src/report/markdown.js';
import { fixtures, PAYLOADS } from './fixtures.js';
import { render } from './render-output.js';

const config = {
    default: true,
    // Report text is prose and table rows with user content; wrapping it would change what readers see
    // (a line break inside a table row breaks the table), so line length is not a rule here.
    MD013: false
};

/** The text a reader sees in an inline token stream: escapes resolved, autolinks as their text. */
function plainText(tokens: readonly Token[] | undefined): string {
    return (tokens ?? []).map(token => 'tokens' in token && token.tokens ? plainText(token.tokens) : ('text' in token ? String(token.text) : '')).join('');
}

function tables(markdown: string): Tokens.Table[] {
    return marked.lexer(markdown).filter((token): token is Tokens.Table => token.type === 'table');
}

function cells(table: Tokens.Table): { header: string[]; rows: string[][] } {
    return { header: table.header.map(cell => plainText(cell.tokens)), rows: table.rows.map(row => row.map(cell => plainText(cell.tokens))) };
}

const oneLine = (text: string) => text.split('\n').join(' ');

describe('report Markdown', () => {
    test.each(fixtures)('$name (md) passes markdownlint with the default rules', fixture => {
        const name = `${fixture.name}.md`;
        const results = lint({ strings: { [name]: render(fixture, 'md') }, config });
        expect(results[name]!.map(error => `${error.lineNumber} ${error.ruleNames.join('/')}: ${error.ruleDescription} ${error.errorDetail ?? ''}`)).toEqual([]);
    });

    test('the region report tables parse into the right cells', () => {
        const [statistics, respondents, byParty] = tables(render(fixtures[0]!, 'md')).map(cells);
        expect(statistics!.header).toEqual(['Rol', 'n', 'Gemiddelde', 'Mediaan', 'Laagste', 'Hoogste', 'Spreiding', 'Standaarddeviatie', 'Betekenis gemiddelde', 'Rolhouders']);
        expect(statistics!.rows).toEqual([
            ['Ontwerper', '4', '3,3', '3,5', '2', '4', '2', '0,8', '3 – Regelmatig aanwezig', 'Samenwerkingsverband passend onderwijs (directeur), projectleider thuiszitters'],
            ['Kwartiermaker', '4', '2,8', '3', '2', '3', '1', '0,4', '3 – Regelmatig aanwezig', 'Gemeente'],
            ['Verbinder', '4', '3,3', '3,5', '2', '4', '2', '0,8', '3 – Regelmatig aanwezig', 'Niet vastgelegd'],
            ['Dirigent', '3', '1,3', '1', '1', '2', '1', '0,5', '1 – Niet of nauwelijks aanwezig', 'Niemand']
        ]);
        expect(respondents!.header).toEqual(['Respondent', 'Partij', 'Functie', 'Interview', 'Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent']);
        expect(respondents!.rows).toEqual([
            ['R1', 'Gemeente', 'Beleidsadviseur onderwijs', '2024-02-05', '4', '3', '2', '1'],
            ['R2', 'Samenwerkingsverband passend onderwijs', 'Coördinator passend onderwijs', '2024-02-07', '3', '3', '4', '2'],
            ['R3', 'Jeugdhulp/CJG', 'Teamleider jeugdhulp', '2024-02-12', '4', '2', '3', '–'],
            ['R4', 'Schoolbestuur', 'Bestuurder', '2024-02-20', '2', '3', '4', '1']
        ]);
        expect(byParty!.rows[2]).toEqual(['Jeugdhulp/CJG', '4,0', '2,0', '3,0', '–']);
    });

    test('English uses a decimal point', () => {
        const [statistics] = tables(render(fixtures[1]!, 'md')).map(cells);
        expect(statistics!.rows[0]).toEqual(['Ontwerper', '4', '3.3', '3.5', '2', '4', '2', '0.8', '3 – Regelmatig aanwezig', 'Samenwerkingsverband passend onderwijs (directeur), projectleider thuiszitters']);
        expect(statistics!.rows[3]!.at(-1)).toBe('Nobody');
    });

    test('hostile text stays inside its cell and reads back exactly as written (line breaks as spaces)', () => {
        const fixture = fixtures.find(entry => entry.name === 'hostile-region-report')!;
        const report = fixture.report as RegionReport;
        const parsed = tables(render(fixture, 'md')).map(cells);
        expect(parsed).toHaveLength(3);
        for (const table of parsed) {
            for (const row of table.rows) {
                expect(row).toHaveLength(table.header.length);
            }
        }
        const [statistics, respondents] = parsed;
        expect(statistics!.rows.map(row => row[0])).toEqual(report.statistics.map(stat => oneLine(stat.role)));
        expect(respondents!.header.slice(5)).toEqual(report.roles.map(role => oneLine(role.name)));
        expect(respondents!.rows.map(row => row.slice(0, 4))).toEqual(report.respondents.map(respondent =>
            [respondent.id, respondent.partyLabel, respondent.function!, respondent.personName!].map(oneLine)));
        expect(respondents!.rows[1]!.slice(5)).toEqual(['3', '3', '4', '–']);
    });

    test('hostile text produces no HTML, emphasis, links or images, and headings read back as written', () => {
        for (const fixture of fixtures.filter(entry => entry.hostile)) {
            const tokens = marked.lexer(render(fixture, 'md'));
            const kinds = new Set<string>();
            const walk = (list: readonly Token[]) => list.forEach(token => {
                kinds.add(token.type === 'link' && (token as Tokens.Link).text === (token as Tokens.Link).href ? 'autolink' : token.type);
                if ('tokens' in token && token.tokens) walk(token.tokens);
                if (token.type === 'list') walk((token as Tokens.List).items);
                if (token.type === 'table') {
                    const table = token as Tokens.Table;
                    [table.header, ...table.rows].forEach(row => row.forEach(cell => walk(cell.tokens)));
                }
            });
            walk(tokens);
            // Bold labels are the renderer's own ('**Onenigheid:**'), so 'strong' is not on this list.
            for (const forbidden of ['html', 'em', 'codespan', 'image', 'link', 'blockquote', 'code', 'hr', 'del']) {
                expect(kinds.has(forbidden), `${fixture.name}: ${forbidden}`).toBe(false);
            }
            // The comparison's title is fixed text; the other documents carry user text in their title.
            const heading = tokens.find((token): token is Tokens.Heading => token.type === 'heading' && token.depth === 1)!;
            if (fixture.report.kind !== 'vergelijking') {
                expect(plainText(heading.tokens)).toContain(oneLine(PAYLOADS.join('\n')));
            }
            expect(tokens.filter(token => token.type === 'heading').map(token => (token as Tokens.Heading).depth)[0]).toBe(1);
        }
    });

    test('escaping: inline text and paragraphs', () => {
        expect(mdInline('a | b\nc')).toBe('a \\| b c');
        expect(mdInline('# kop')).toBe('\\# kop');
        expect(mdInline('1. eerste')).toBe('1\\. eerste');
        expect(mdInline('versie 1.0 en 2.5')).toBe('versie 1.0 en 2.5');
        expect(mdInline('zie https://example.org/a_b.')).toBe('zie <https://example.org/a_b>.');
        expect(mdParagraphs('regel een\nregel twee\n\n- nieuw')).toBe('regel een\\\nregel twee\n\n\\- nieuw');
    });
});

describe('mdTable', () => {
    test('writes one space around each cell, a lone space for an empty cell, and no spaces before a pipe', () => {
        expect(mdTable(['Rol', 'Score'], [['Verbinder  ', '3'], ['', '  4']], ['left', 'right'])).toBe(
            '| Rol | Score |\n| --- | ---: |\n| Verbinder | 3 |\n| |   4 |');
    });

    test('takes time in proportion to the table: a cell with a run of 200,000 spaces inside is written at once', () => {
        const inside = ' '.repeat(200_000);
        expect(mdTable(['a'], [[`x${inside}y  `]])).toBe(`| a |\n| --- |\n| x${inside}y |`);
    });
});
