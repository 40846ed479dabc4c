import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ALL_FILES } from '../domain/report-fixtures.js';
import { createTestWorkspace } from '../helpers/workspace.js';

const summarize = (d: Diagnostic) =>
    ({ severity: d.severity, message: d.message, range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}` });

describe('a model version that retires what scans of older versions use', () => {
    it('says so on each such retirement, with the number of scans in the workspace that cannot move to it', async () => {
        const ws = await createTestWorkspace(ALL_FILES);
        // Noord, Zuid and Oost are on 1.0 and score Dirigent; Noord names the obstacle systemen. West is on 1.1 itself.
        expect(ws.diagnostics('m-1.1.zelfscan').filter(d => d.code === 'scans-geblokkeerd').map(summarize)).toEqual([
            { severity: 3, message: 'Vervalt rol Dirigent: 3 scans in de werkruimte gebruiken deze rol en kunnen niet naar deze versie.', range: '3:16-3:24' },
            { severity: 3, message: 'Vervalt knelpunt systemen: 1 scan in de werkruimte gebruikt dit knelpunt en kan niet naar deze versie.', range: '8:21-8:29' }
        ]);
        expect(ws.diagnostics('m-1.0.zelfscan').filter(d => d.code === 'scans-geblokkeerd')).toEqual([]);
    });

    it('follows the renames in between: a scan on 1.0 that uses the old name of a role 1.2 retires counts', async () => {
        const ws = await createTestWorkspace({
            ...ALL_FILES,
            'm-1.1.zelfscan': 'model M versie 1.1 breidt M versie 1.0 uit {\n    rol Regisseur was Dirigent { }\n}\n',
            'm-1.2.zelfscan': 'model M versie 1.2 breidt M versie 1.1 uit {\n    vervalt rol Regisseur\n}\n'
        });
        expect(ws.diagnostics('m-1.2.zelfscan').filter(d => d.code === 'scans-geblokkeerd').map(summarize)).toEqual([
            { severity: 3, message: 'Vervalt rol Regisseur: 3 scans in de werkruimte gebruiken deze rol en kunnen niet naar deze versie.', range: '1:16-1:25' }
        ]);
    });
});
