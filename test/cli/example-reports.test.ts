import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';
import { UPDATE_GOLDEN } from '../helpers/golden.js';
import { EXAMPLES, REPO_ROOT } from '../helpers/workspace.js';
import { kindOptions } from './kind-options.js';

/**
 * Every report that `npm start` writes for examples/, compared byte for byte with the reviewed copies in
 * test/cli/expected-examples/. After a deliberate change, `UPDATE_GOLDEN=1 npx vitest run test/cli/example-reports.test.ts` rewrites
 * them; review the diff before committing it.
 */
const EXPECTED = path.join(REPO_ROOT, 'test/cli/expected-examples');
/** As `npm run rapporten`: every kind in one run. */
const RUNS: ReadonlyArray<readonly string[]> = [kindOptions()];

let bundle: CliBundle;
let out: string;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-example-reports-');
    const project = mkdtempSync(path.join(bundle.scratch, 'project-'));
    cpSync(EXAMPLES, path.join(project, 'examples'), { recursive: true });
    out = path.join(project, 'rapporten');
    for (const flags of RUNS) {
        const result = spawnSync(process.execPath, [bundle.cli, 'generate', 'examples', '--out', 'rapporten', '--format', 'all', ...flags],
            { cwd: project, encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(0);
    }
    if (UPDATE_GOLDEN) {
        rmSync(EXPECTED, { recursive: true, force: true });
        mkdirSync(EXPECTED, { recursive: true });
        for (const name of readdirSync(out)) {
            writeFileSync(path.join(EXPECTED, name), readFileSync(path.join(out, name)));
        }
    }
});

afterAll(() => bundle.dispose());

describe('the reports of examples/', () => {
    it('are made as npm run rapporten makes them: every kind', () => {
        const script = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).scripts.rapporten as string;
        expect(script.split(' ').filter(word => word.startsWith('--') && !['--out', '--format'].includes(word))).toEqual(RUNS[0]);
    });

    it('are exactly the reviewed set of files', () => {
        expect(readdirSync(out).sort()).toEqual(readdirSync(EXPECTED).sort());
    });

    it.each(readdirSync(EXPECTED).sort())('%s is byte for byte the reviewed version', name => {
        expect(readFileSync(path.join(out, name), 'utf8')).toBe(readFileSync(path.join(EXPECTED, name), 'utf8'));
    });
});
