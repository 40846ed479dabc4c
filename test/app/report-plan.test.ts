import { beforeAll, describe, expect, it } from 'vitest';
import { jobFor, planReports } from '../../src/app/report-plan.js';
import type { ScanSource } from '../../src/app/report-sources.js';
import { inputOf } from '../domain/report-fixtures.js';
import { TREND_FILES } from '../domain/scale-variants.js';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace.js';

let ws: TestWorkspace;

beforeAll(async () => {
    ws = await createTestWorkspace(TREND_FILES);
});

describe('the plan of trend reports', () => {
    const source = (path: string, region: string, scan: string): ScanSource => ({ path, region, input: inputOf(ws, scan) });

    it('makes one report per region scanned in more than one round, named after the region', () => {
        const jobs = planReports({
            scans: [source('/s/b.regioscan', 'Regio Vier', 'ronde-2.regioscan'), source('/s/c.regioscan', 'Regio Tien', 'tien.regioscan'), source('/s/a.regioscan', 'Regio Vier', 'ronde-1.regioscan')],
            models: []
        }, { kinds: ['ontwikkeling'] });
        expect(jobs.map(job => [job.kind, job.stem, job.source, job.rounds])).toEqual([['ontwikkeling', 'ontwikkeling.regio-vier', undefined, ['/s/a.regioscan', '/s/b.regioscan']]]);
        // The editor finds the trend of the scan it shows among the scans the job is made of.
        expect(jobFor(jobs, '/s/b.regioscan')).toBe(jobs[0]);
        expect(jobFor(jobs, '/s/c.regioscan')).toBeUndefined();
        const json = JSON.parse(jobs[0]!.build().content('json', 'nl'));
        expect(json.rounds.map((round: { label: string }) => round.label)).toEqual(['2023', '2024']);
    });

    it('refuses when no region has two rounds among the scans given', () => {
        expect(() => planReports({ scans: [source('/s/a.regioscan', 'Regio Vier', 'ronde-1.regioscan')], models: [] }, { kinds: ['ontwikkeling'] }))
            .toThrow('Geen regio is in meer dan één ronde gescand (twee of meer regioscans met dezelfde regionaam), dus er is geen ontwikkeling te tonen. Geef de scans van de rondes van een regio samen op.');
    });
});
