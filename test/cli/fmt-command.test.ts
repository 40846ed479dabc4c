import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fmtCommand } from '../../src/cli/fmt-command.js';
import { FIXTURE } from '../language/lsp-fixture.js';

describe('zelfscan fmt', () => {
    let folder: string;
    let output: string[];
    const run = async (paths: string[], check = false) => {
        output = [];
        return fmtCommand(paths.map(p => path.join(folder, p)), { check }, line => output.push(line.replaceAll(folder + path.sep, '')));
    };
    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-fmt-'));
        cpSync(FIXTURE, folder, { recursive: true });
        // Paths in the output are relative to the working directory.
        vi.spyOn(process, 'cwd').mockReturnValue(folder);
    });
    afterEach(() => {
        vi.restoreAllMocks();
        rmSync(folder, { recursive: true, force: true });
    });

    it('leaves canonical files alone and exits 0, also with --check', async () => {
        expect(await run(['.'], true)).toBe(0);
        expect(output).toEqual(['4 bestanden gecontroleerd: 0 niet opgemaakt.']);
        expect(await run(['.'])).toBe(0);
        expect(output).toEqual(['4 bestanden gecontroleerd: 0 opgemaakt.']);
    });

    it('--check lists the files that would change, writes nothing and exits 1', async () => {
        const ugly = 'regioscan "R" { model Regieneming versie 1.0 }';
        writeFileSync(path.join(folder, 'scans/lelijk.regioscan'), ugly);
        expect(await run(['scans'], true)).toBe(1);
        expect(output).toEqual(['scans/lelijk.regioscan is niet opgemaakt', '3 bestanden gecontroleerd: 1 niet opgemaakt.']);
        expect(readFileSync(path.join(folder, 'scans/lelijk.regioscan'), 'utf8')).toBe(ugly);
    });

    it('rewrites a file in place, with no temporary file left behind', async () => {
        writeFileSync(path.join(folder, 'scans/lelijk.regioscan'), 'regioscan "R" { model Regieneming versie 1.0 }');
        expect(await run(['scans/lelijk.regioscan'])).toBe(0);
        expect(output).toEqual(['scans/lelijk.regioscan opgemaakt', '1 bestand gecontroleerd: 1 opgemaakt.']);
        expect(readFileSync(path.join(folder, 'scans/lelijk.regioscan'), 'utf8')).toBe('regioscan "R" {\n    model Regieneming versie 1.0\n}\n');
        expect(readdirSync(path.join(folder, 'scans')).sort()).toEqual(['lelijk.regioscan', 'noord.regioscan', 'zuid.regioscan']);
    });

    it('reports a file with syntax errors, leaves it byte for byte and exits 1', async () => {
        const broken = 'regioscan "R" {\n  model Regieneming versie 1.0\n  respondent {\n}\n';
        writeFileSync(path.join(folder, 'scans/kapot.regioscan'), broken);
        writeFileSync(path.join(folder, 'scans/lelijk.regioscan'), 'regioscan "R" { model Regieneming versie 1.0 }');
        expect(await run(['scans'])).toBe(1);
        expect(output).toEqual([
            'scans/kapot.regioscan:3:14 niet opgemaakt: het bestand bevat een syntaxfout. Herstel die eerst (zelfscan validate noemt hem).',
            'scans/lelijk.regioscan opgemaakt',
            '4 bestanden gecontroleerd: 1 opgemaakt, 1 overgeslagen wegens syntaxfouten.'
        ]);
        expect(readFileSync(path.join(folder, 'scans/kapot.regioscan'), 'utf8')).toBe(broken);
    });
});
