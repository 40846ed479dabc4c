import { describe, expect, it } from 'vitest';
import { createTestWorkspace, summarize } from './helpers/workspace.js';

describe('test workspace helper', () => {
    it('links a scan to a model in another file', async () => {
        const ws = await createTestWorkspace({
            'm.zelfscan': 'model M versie 1.0 { schaal s 1..2 { 1 "laag" 2 "hoog" } zwak tot en met 1 onenigheid vanaf spreiding 1 afronding half naar boven standaarddeviatie populatie rol A { omschrijving "o" competentie "c" actie x "x" } }',
            's.regioscan': 'regioscan "R" { model M versie 1.0 respondent R1 partij p { A 3 } }'
        });
        expect(ws.diagnostics('m.zelfscan')).toEqual([]);
        expect(ws.diagnostics('s.regioscan').map(summarize)).toContainEqual(
            expect.objectContaining({ severity: 'error', code: 'score-buiten-schaal', range: '1:63-1:64' }));
    });
});
