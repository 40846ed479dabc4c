import { beforeAll, describe, expect, it } from 'vitest';
import { scanVerdict } from '../../src/domain/scan-verdict.js';
import * as ast from '../../src/language/generated/ast.js';
import { scanNames } from '../../src/language/scan-migration.js';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { ALL_FILES } from './report-fixtures.js';


let ws: TestWorkspace;

beforeAll(async () => {
    ws = await createTestWorkspace(ALL_FILES);
});

const resolved = (name: string) => {
    const root = ws.doc(name).parseResult.value;
    if (!ast.isModel(root)) {
        throw new Error(`${name} is no model`);
    }
    return ws.services.shared.models.ResolvedModels.of(root).resolved;
};
const names = (name: string) => {
    const root = ws.doc(name).parseResult.value;
    if (!ast.isRegionScan(root)) {
        throw new Error(`${name} is no scan`);
    }
    return scanNames(root);
};

describe('scanVerdict', () => {
    it('counts the scans on the old version that the new one blocks, per item, each scan once per item', () => {
        // The fixture scans on 1.0 (West is on 1.1).
        const scans = ['noord.regioscan', 'zuid.regioscan', 'oost.regioscan'].map(names);
        const verdict = scanVerdict(resolved('m-1.0.zelfscan'), resolved('m-1.1.zelfscan'), scans);
        // Each scores Dirigent, which 1.1 retires (Zuid and Oost once per respondent, counted once per scan); Noord also names the retired obstacle.
        expect(verdict).toEqual({
            from: { name: 'M', version: '1.0' }, to: { name: 'M', version: '1.1' }, successor: true, scans: 3, blocked: 3,
            items: [
                { kind: 'obstacle', name: 'systemen', retiredIn: { name: 'M', version: '1.1' }, scans: 1 },
                { kind: 'role', name: 'Dirigent', retiredIn: { name: 'M', version: '1.1' }, scans: 3 }
            ]
        });
    });

    it('takes no scan along to a version that does not extend the old one', () => {
        expect(scanVerdict(resolved('m-1.1.zelfscan'), resolved('m-1.0.zelfscan'), [names('noord.regioscan')])).toEqual({
            from: { name: 'M', version: '1.1' }, to: { name: 'M', version: '1.0' }, successor: false, scans: 1, blocked: 1, items: []
        });
    });
});
