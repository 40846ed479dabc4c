import { URI } from 'langium';
import { expectCompletion } from 'langium/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { createTestWorkspace, summarize, type TestWorkspace } from '../helpers/workspace.js';

/**
 * Snippets come from the server, built from the model the file names, and only where their keyword can stand
 * (issue 13, item 5: no snippet after a role name). The workspace has a variant model with other roles, other
 * parties and a 0..4 scale, so nothing of the example model can be fixed in the snippets.
 */

const VARIANT = `model Netwerk versie 2.0 {
    schaal mate 0..4 {
        0 "Afwezig"
        1 "Zwak"
        2 "Matig"
        3 "Goed"
        4 "Sterk"
    }
    rol Aanjager {
        omschrijving "Zet dingen in gang"
    }
    rol Hoeder {
        omschrijving "Bewaakt de afspraken"
    }
    rol Tolk {
        omschrijving "Vertaalt tussen partijen"
    }
    partij wijkteam "Wijkteam"
    partij school "School"
    focus wijk "De wijk" {
        vereist wijkteam, school
    }
    vraag a "Wat werkt?"
}
`;
const VARIANT_21 = 'model Netwerk versie 2.1 breidt Netwerk versie 2.0 uit {\n    titel "Na de sessie"\n}\n';
const SCAN = 'regioscan "Wijk Oost" {\n    model Netwerk versie 2.0\n    focus wijk\n<|>\n}\n';

/** A snippet with every placeholder at its default (the first option of a choice), as a user accepting all would get. */
function expand(snippet: string): string {
    return snippet
        .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '')
        .replace(/\\([$}\\])/g, '$1');
}

describe('snippet completions from the model', () => {
    let ws: TestWorkspace;
    const snippets = (items: CompletionItem[]) => items.filter(i => i.kind === CompletionItemKind.Snippet);

    beforeAll(async () => {
        ws = await createTestWorkspace({ 'netwerk-2.0.zelfscan': VARIANT, 'netwerk-2.1.zelfscan': VARIANT_21 });
        for (const services of [ws.services.regioscan, ws.services.zelfscan]) {
            (services.lsp.CompletionProvider as unknown as { initialize(p: object): void })
                .initialize({ capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } } });
        }
    });

    const complete = (language: 'regioscan' | 'zelfscan', text: string, name: string) => new Promise<CompletionItem[]>(resolve => {
        void expectCompletion(ws.services[language])({
            text, index: 0, disposeAfterCheck: true, parseOptions: { documentUri: URI.file(`/werkruimte/${name}`).toString() },
            assert: list => resolve(list.items)
        });
    });

    const validate = async (name: string, text: string) => {
        const extra = await createTestWorkspace({ 'netwerk-2.0.zelfscan': VARIANT, 'netwerk-2.1.zelfscan': VARIANT_21, [name]: text });
        return extra.diagnostics(name).map(summarize).filter(d => d.severity === 'error');
    };

    it('offers a respondent with the roles, parties and scale of the scan\'s model where a respondent can start', async () => {
        const items = await complete('regioscan', SCAN, 'scans/oost.regioscan');
        const respondent = snippets(items);
        expect(respondent.map(i => i.label)).toEqual(['respondent met alle rollen']);
        expect(respondent[0].insertTextFormat).toBe(InsertTextFormat.Snippet);
        const today = new Date().toISOString().slice(0, 10);
        expect(respondent[0].textEdit?.newText).toBe([
            'respondent ${1:R1} partij ${2|wijkteam,school|} "${3:Functie}" {',
            `    interview \${4:${today}}`,
            '    Aanjager ${5|0,1,2,3,4,?|}',
            '    Hoeder ${6|0,1,2,3,4,?|}',
            '    Tolk ${7|0,1,2,3,4,?|}',
            '}'
        ].join('\n'));
        const filled = SCAN.replace('<|>', `    ${expand(respondent[0].textEdit!.newText).replace(/\n/g, '\n    ')}`);
        expect(await validate('scans/oost.regioscan', filled)).toEqual([]);
    });

    it('numbers the next respondent after the ones the scan has', async () => {
        const text = SCAN.replace('<|>', '    respondent R1 partij school {\n        Tolk 2\n    }\n<|>');
        const [item] = snippets(await complete('regioscan', text, 'scans/oost.regioscan'));
        expect(item.textEdit?.newText.split('\n')[0]).toBe('respondent ${1:R2} partij ${2|wijkteam,school|} "${3:Functie}" {');
    });

    it('offers no snippet after a role name, inside a respondent or after a keyword that needs a value', async () => {
        const inRespondent = SCAN.replace('<|>', '    respondent R1 partij school {\n        <|>\n    }');
        expect(snippets(await complete('regioscan', inRespondent, 'scans/oost.regioscan'))).toEqual([]);
        const afterRole = SCAN.replace('<|>', '    respondent R1 partij school {\n        Tolk <|>\n    }');
        const values = await complete('regioscan', afterRole, 'scans/oost.regioscan');
        expect(values.map(i => i.label)).toEqual(['0 · Afwezig', '1 · Zwak', '2 · Matig', '3 · Goed', '4 · Sterk', '? · nog geen oordeel']);
        expect(snippets(await complete('regioscan', SCAN.replace('<|>', '    focus <|>'), 'scans/oost.regioscan'))).toEqual([]);
    });

    it('offers a new scan on the newest version of each model in an empty scan file, and it validates', async () => {
        const items = snippets(await complete('regioscan', '<|>', 'scans/nieuw.regioscan'));
        expect(items.map(i => i.label)).toEqual(['regioscan op Netwerk versie 2.1']);
        const text = expand(items[0].textEdit!.newText);
        expect(text.split('\n').slice(0, 3)).toEqual(['regioscan "Regio" {', '    model Netwerk versie 2.1', '    focus wijk']);
        expect(await validate('scans/nieuw.regioscan', `${text}\n`)).toEqual([]);
    });

    it('offers a new model and a version extending the newest one in an empty model file; both validate', async () => {
        const items = snippets(await complete('zelfscan', '<|>', 'nieuw.zelfscan'));
        expect(items.map(i => i.label)).toEqual(['model (nieuw)', 'model breidt Netwerk versie 2.1 uit']);
        expect(expand(items[1].textEdit!.newText)).toBe('model Netwerk versie 2.2 breidt Netwerk versie 2.1 uit {\n    titel "Na de ontwerpsessie"\n    \n}');
        expect(await validate('netwerk-2.2.zelfscan', expand(items[1].textEdit!.newText))).toEqual([]);
        expect(await validate('nieuw.zelfscan', expand(items[0].textEdit!.newText))).toEqual([]);
    });

    it('offers a role where a model member can start, not inside a role', async () => {
        const model = 'model Los versie 1.0 {\n    <|>\n}';
        expect(snippets(await complete('zelfscan', model, 'los.zelfscan')).map(i => i.label)).toEqual(['rol met omschrijving en actie']);
        const inRole = 'model Los versie 1.0 {\n    rol A {\n        <|>\n    }\n}';
        expect(snippets(await complete('zelfscan', inRole, 'los.zelfscan'))).toEqual([]);
    });
});
