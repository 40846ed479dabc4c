import { describe, expect, it } from 'vitest';
import { buildRegionReport } from '../../src/domain/region-report.js';
import { formatDecimal } from '../../src/report/format.js';
import { buildScanData } from '../../src/language/scan-data-builder.js';
import * as ast from '../../src/language/generated/ast.js';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { GOOD_MODEL } from './fixture-texts.js';

/** A scan whose Ontwerper scores are given, one respondent each; Verbinder always 3. */
function scanWith(ontwerper: ReadonlyArray<number | '?'>): string {
    const respondents = ontwerper.map((score, index) =>
        `    respondent R${index + 1} partij gemeente {\n        Ontwerper ${score}\n        Verbinder 3\n    }`);
    return `regioscan "Regio Lens" {\n    model Regieneming versie 1.0\n${respondents.join('\n')}\n}\n`;
}

async function lensTitle(ws: TestWorkspace): Promise<string | undefined> {
    const document = ws.doc('s.regioscan');
    const lenses = await ws.services.regioscan.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
    return lenses?.[0]?.command?.title;
}

describe('the code lens shows the region report\'s means', () => {
    it('rounds as the report does: 23/20 reads 1,2 in both (not 1,1 as toFixed gives)', async () => {
        const scores = [...Array(17).fill(1), 2, 2, 2];
        const ws = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 's.regioscan': scanWith(scores) });
        const title = await lensTitle(ws);
        expect(title).toMatch(/^Gemiddeld: Ontwerper 1,2 · /);
        const model = ws.services.shared.models.ResolvedModels.ofScan(ws.doc('s.regioscan').parseResult.value as ast.RegionScan)!.resolved;
        const report = buildRegionReport(model, buildScanData(ws.doc('s.regioscan').parseResult.value as ast.RegionScan));
        const ontwerper = report.statistics.find(s => s.role === 'Ontwerper')!;
        expect(formatDecimal(ontwerper.mean, 'nl')).toBe('1,2');
        expect(title).toBe(`Gemiddeld: ${report.statistics.map(s => `${s.role} ${formatDecimal(s.mean, 'nl')}`).join(' · ')}`);
    });

    it('leaves out a score outside the scale (a typed 9) and a `?`, as the statistics do', async () => {
        const ws = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 's.regioscan': scanWith([2, 9, '?', 4]) });
        expect(ws.diagnostics('s.regioscan').some(d => d.code === 'score-buiten-schaal')).toBe(true);
        expect(await lensTitle(ws)).toMatch(/^Gemiddeld: Ontwerper 3,0 · /);
    });

    it('speaks the language of the zelfscan.taal setting once the client has sent it', async () => {
        const ws = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 's.regioscan': scanWith([2, 3]) });
        const configuration = ws.services.shared.workspace.ConfigurationProvider;
        expect(await lensTitle(ws)).toMatch(/^Gemiddeld: Ontwerper 2,5 · /);
        configuration.initialize({ capabilities: { workspace: { configuration: true } }, processId: null, rootUri: null });
        await configuration.initialized({});
        configuration.updateConfiguration({ settings: { zelfscan: { taal: 'en' } } });
        expect(await lensTitle(ws)).toMatch(/^Mean: Ontwerper 2\.5 · /);
    });
});
