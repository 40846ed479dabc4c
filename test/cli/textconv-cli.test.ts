import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';
import { EXAMPLES } from '../helpers/workspace.js';

/**
 * `zelfscan textconv` as git's textconv for scans and models (README): a commit that only lays a file out
 * differently shows no change in `git log -p`, a changed score shows as the one line it is, and a file that
 * cannot be formatted is shown as it is.
 */
const SCAN = 'scans/regio-brakeldonk-2024.regioscan';
let bundle: CliBundle;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-textconv-');
});
afterAll(() => bundle.dispose());

const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bundle.cli, ...args], { cwd, encoding: 'utf8' });

describe('zelfscan textconv', () => {
    it('prints a file in the canonical layout, and a file with a syntax error as it is', () => {
        const root = mkdtempSync(path.join(bundle.scratch, 'los-'));
        writeFileSync(path.join(root, 'a.regioscan'), 'regioscan "X" {\n  model Regieneming versie 1.0\n\t\tfocus po_vo\n}\n');
        expect(run(['textconv', 'a.regioscan'], root)).toMatchObject({
            status: 0, stdout: 'regioscan "X" {\n    model Regieneming versie 1.0\n    focus po_vo\n}\n', stderr: ''
        });
        writeFileSync(path.join(root, 'b.regioscan'), 'regioscan "X" {\n  model\n');
        expect(run(['textconv', 'b.regioscan'], root)).toMatchObject({ status: 0, stdout: 'regioscan "X" {\n  model\n' });
        // git's copy of a blob may have no extension: the first word says which language it is.
        writeFileSync(path.join(root, 'blob'), '// een model\nmodel M versie 1 {\n  titel "T"\n}\n');
        expect(run(['textconv', 'blob'], root).stdout).toBe('// een model\nmodel M versie 1 {\n    titel "T"\n}\n');
        // Another encoding is passed through byte for byte.
        writeFileSync(path.join(root, 'latin1.regioscan'), Buffer.from('regioscan "Caf\xe9" {\n}\n', 'latin1'));
        const latin1 = spawnSync(process.execPath, [bundle.cli, 'textconv', 'latin1.regioscan'], { cwd: root });
        expect(latin1.status).toBe(0);
        expect(latin1.stdout.equals(readFileSync(path.join(root, 'latin1.regioscan')))).toBe(true);
    });

    it('as git\'s textconv: a layout-only commit shows no change in git log -p, a score change shows as one line', () => {
        const root = mkdtempSync(path.join(bundle.scratch, 'repo-'));
        cpSync(EXAMPLES, root, { recursive: true });
        writeFileSync(path.join(root, '.gitattributes'), '*.regioscan diff=zelfscan\n*.zelfscan diff=zelfscan\n');
        const env = {
            ...process.env, HOME: bundle.scratch, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org',
            GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org'
        };
        const git = (...args: string[]) => {
            const result = spawnSync('git', ['-c', `diff.zelfscan.textconv='${process.execPath}' '${bundle.cli}' textconv`, ...args],
                { cwd: root, env, encoding: 'utf8' });
            expect(result.error, 'git must be installed to run this test').toBeUndefined();
            expect(result.stderr).toBe('');
            return result.stdout;
        };
        git('init', '-q');
        git('add', '.');
        git('commit', '-q', '-m', 'voorbeelden');
        const original = readFileSync(path.join(root, SCAN), 'utf8');
        // Only the layout: every line indented with a tab more.
        writeFileSync(path.join(root, SCAN), original.replace(/^( +)/gm, '$1\t'));
        git('commit', '-q', '-am', 'opmaak');
        expect(git('log', '-p', '-1', '--format=', '--', SCAN)).toBe('');
        // A score changes: one line in the diff, in the canonical layout.
        const line = original.split('\n').find(l => /^\s+Ontwerper 4$/.test(l))!;
        writeFileSync(path.join(root, SCAN), original.replace(line, line.replace('4', '5')));
        const diff = git('diff', '--', SCAN).split('\n').filter(l => /^[+-](?![+-])/.test(l));
        expect(diff).toEqual(['-        Ontwerper 4', '+        Ontwerper 5']);
    });
});
