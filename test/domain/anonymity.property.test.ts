import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildComparisonReport, type ComparisonEntry } from '../../src/domain/comparison-report.js';
import { ComparisonReportSchema } from '../../src/domain/report-model.js';
import type { ResolvedModel } from '../../src/domain/resolved-model.js';
import type { ScanData } from '../../src/domain/scan-data.js';
import { renderComparisonHtml } from '../../src/report/comparison-html.js';
import { renderComparisonMarkdown } from '../../src/report/comparison-markdown.js';
import { fixtureWorkspace, inputOf } from './report-fixtures.js';

/**
 * The guarantee the anonymised comparison states, on random sets of regions of the test model M 1.0: every
 * number is a count over all regions (per role and scale point of the rounded mean), so the output is the
 * same whoever the regions are and in whatever order they come, and nothing a region wrote appears in it. Who holds
 * each role is part of it: only the numbers of regions that record nobody, holders or nothing per role show.
 */
let model: ResolvedModel;
const ROLES = ['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'];

beforeAll(async () => {
    const ws = await fixtureWorkspace();
    model = inputOf(ws, 'zuid.regioscan').model;
});

const respondent = fc.record({
    scores: fc.tuple(...ROLES.map(() => fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 5 }))),
    party: fc.constantFrom('gemeente', 'swv', 'schoolbestuur', 'jeugdhulp')
});
/** Per role: nobody holds it, holders (by party, with a function), or not recorded. */
const holding = fc.constantFrom('niemand', 'houders', 'niet-vastgelegd');
type Holding = 'niemand' | 'houders' | 'niet-vastgelegd';
const region = fc.record({
    respondents: fc.array(respondent, { minLength: 1, maxLength: 6 }),
    holdings: fc.tuple(...ROLES.map(() => holding))
});
const regions = fc.array(region, { minLength: 5, maxLength: 9 });
type Region = { respondents: ReadonlyArray<{ scores: ReadonlyArray<number | null>; party: string }>; holdings: readonly Holding[] };

/** A scan whose every free text carries a marker of its region, so any leak shows. */
function scanOf(index: number, { respondents, holdings }: Region, tag: string): ScanData {
    return {
        region: `Regio ${tag}${index}`, model: { name: 'M', version: '1.0' }, focus: 'po_vo', traits: [], obstacles: [], handholds: [],
        namesVisible: true,
        roleHolders: ROLES.flatMap((role, k) => holdings[k] === 'niet-vastgelegd' ? []
            : [{ role, holders: holdings[k] === 'niemand' ? [] : [{ party: 'gemeente', function: `functie ${tag}${index}` }, { function: `functie ${tag}${index}b` }] }]),
        startDate: `2024-0${1 + (index % 9)}-1${index % 10}`, advice: `advies ${tag}${index}`,
        respondents: respondents.map((r, n) => ({
            id: `${tag}${index}R${n}`, party: r.party, function: `functie ${tag}${index}`, personName: `persoon ${tag}${index}`,
            scores: ROLES.map((role, k) => ({ role, value: r.scores[k] ?? null, note: `toelichting ${tag}${index}` }))
        }))
    };
}

function outputs(entries: readonly ComparisonEntry[]): string[] {
    const report = buildComparisonReport(entries, { anonymous: true });
    return [JSON.stringify(ComparisonReportSchema.parse(report)), renderComparisonHtml(report, 'nl'), renderComparisonMarkdown(report, 'en')];
}

describe('the anonymised comparison on random regions', () => {
    it('is the same for any order and any names, and contains nothing a region wrote', () => {
        fc.assert(fc.property(regions, fc.nat(), (all, seed) => {
            const entries = all.map((r, i) => ({ model, scan: scanOf(i, r, 'XQ') }));
            const shuffled = [...all.keys()].sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97));
            const renamed = shuffled.map((i, n) => ({ model, scan: scanOf(n + 20, all[i]!, 'ZW') }));
            const first = outputs(entries);
            expect(outputs(renamed)).toEqual(first);
            for (const text of first) {
                expect(text).not.toMatch(/XQ\d|persoon|toelichting|functie|advies/);
                expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
            }
        }), { numRuns: 40 });
    });

    it('holds only counts over all regions: per role they add up to the number of regions, as counted here', () => {
        fc.assert(fc.property(regions, all => {
            const report = buildComparisonReport(all.map((r, i) => ({ model, scan: scanOf(i, r, 'XQ') })), { anonymous: true });
            expect(report.regions).toEqual([]);
            expect(report.anonymity!.regionCount).toBe(all.length);
            expect(report.roleHolders.regionCount).toBe(all.length);
            expect(report.roleHolders.roles).toEqual(ROLES.map((role, k) => ({
                role,
                nobody: all.filter(r => r.holdings[k] === 'niemand').length,
                held: all.filter(r => r.holdings[k] === 'houders').length,
                unrecorded: all.filter(r => r.holdings[k] === 'niet-vastgelegd').length
            })));
            report.anonymity!.distributions.forEach((distribution, k) => {
                const rounded = all.map(r => {
                    const scores = r.respondents.map(x => x.scores[k]).filter((v): v is number => v !== null);
                    // half up, as the model M says: floor(mean + 1/2) on integers
                    return scores.length === 0 ? null : Math.floor((2 * scores.reduce((s, v) => s + v, 0) + scores.length) / (2 * scores.length));
                });
                expect(distribution.bands).toEqual([1, 2, 3, 4, 5].map(value => ({ value, regions: rounded.filter(p => p === value).length })));
                expect(distribution.unscored).toBe(rounded.filter(p => p === null).length);
            });
        }), { numRuns: 60 });
    });
});
