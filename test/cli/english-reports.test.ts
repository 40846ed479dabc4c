import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';
import { dutchOnlyWords, dutchWordsIn, wordsIn } from '../helpers/dutch-words.js';
import { EXAMPLES, listSourceFiles } from '../helpers/workspace.js';
import { REPORT_KIND_NAMES } from '../../src/app/report-kinds.js';
import { kindOptions } from './kind-options.js';

/**
 * Every report kind the command line writes for examples/ with `--taal en` carries no Dutch fixed text: through
 * the whole pipeline (domain, texts, renderers), so Dutch written by the domain would be found too. The words of
 * the example model and scans are data and may appear.
 */
let bundle: CliBundle;
let out: string;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-english-reports-');
    const project = mkdtempSync(path.join(bundle.scratch, 'project-'));
    cpSync(EXAMPLES, path.join(project, 'examples'), { recursive: true });
    out = path.join(project, 'reports');
    const result = spawnSync(process.execPath, [bundle.cli, 'generate', 'examples', '--out', 'reports', '--format', 'all', '--taal', 'en',
        ...kindOptions()], { cwd: project, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
});

afterAll(() => bundle.dispose());

describe('English reports of examples/', () => {
    const data = new Set(listSourceFiles(EXAMPLES).flatMap(file => [...wordsIn(readFileSync(file, 'utf8'))]));
    const dutch = dutchOnlyWords();

    it('cover every report kind', () => {
        const kinds = new Set(readdirSync(out).map(name => name.split('.')[0]));
        expect([...kinds].sort()).toEqual([...REPORT_KIND_NAMES].sort());
        expect(kinds).toContain('ontwikkeling');
    });

    it('have no Dutch word of the texts table outside the examples\' own words', () => {
        const found = readdirSync(out).sort().flatMap(name =>
            dutchWordsIn(readFileSync(path.join(out, name), 'utf8'), data, dutch).map(word => `${name}: ${word}`));
        expect(found).toEqual([]);
    });
});
