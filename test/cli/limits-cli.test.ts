import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';
import { REPO_ROOT } from '../helpers/workspace.js';

/** The file-size and diagnostics limits on the command line: the same as in the editor (src/domain/limits.ts). */
describe('zelfscan validate with a file beyond the limits', () => {
    let bundle: CliBundle;
    let root: string;

    beforeAll(async () => {
        bundle = await bundleCli('zelfscan-limits-');
        root = path.join(bundle.scratch, 'project');
        mkdirSync(path.join(root, 'scans'), { recursive: true });
        copyFileSync(path.join(REPO_ROOT, 'test/fixtures/good/regieneming-1.0.zelfscan'), path.join(root, 'regieneming-1.0.zelfscan'));
        writeFileSync(path.join(root, 'scans/groot.regioscan'), `regioscan "Groot" {\n    model Regieneming versie 1.0\n}\n// ${'x'.repeat(3 * 1024 * 1024)}`);
        writeFileSync(path.join(root, 'scans/rommel.regioscan'), Array.from({ length: 2_000 }, (_, i) => `#${i} `).join(''));
    }, 120_000);

    afterAll(() => bundle?.dispose());

    const run = (...args: string[]) => spawnSync(process.execPath, [bundle.cli, 'validate', '--geen-cache', ...args], { cwd: root, encoding: 'utf8' });

    it('reports a file beyond 2 MiB with one error at 1:1, and cuts a garbage file at 200 findings', () => {
        const big = run('scans/groot.regioscan');
        expect(big.status).toBe(1);
        expect(big.stdout).toBe('scans/groot.regioscan:1:1 fout Dit bestand is 3,0 MB (3.145.786 bytes); de grens is 2,0 MB (2.097.152 bytes). '
            + 'Het wordt niet gelezen of gecontroleerd. Splits het in kleinere bestanden: één model of één regioscan per bestand. [bestand-te-groot]\n'
            + '1 bestand gecontroleerd: 1 fout, 0 waarschuwingen.\n');
        const garbage = run('scans/rommel.regioscan');
        expect(garbage.status).toBe(1);
        const lines = garbage.stdout.trim().split('\n');
        expect(lines).toHaveLength(201);
        expect(lines.filter(line => line.endsWith('[meldingen-afgekapt]'))).toHaveLength(1);
        expect(lines.at(-1)).toBe('1 bestand gecontroleerd: 200 fouten, 0 waarschuwingen.');
    });
});
