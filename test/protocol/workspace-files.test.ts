import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, constants, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { MODELS_REQUEST, type ModelSummary } from '../../src/language/report-protocol.js';
import { REPO_ROOT } from '../helpers/workspace.js';
import { GOOD_MODEL, GOOD_SCAN } from '../language/fixture-texts.js';
import { EditorSession } from './editor-session.js';

// The files of the workspace that the editor has not opened are read as the command line reads them
// (src/language/source-text.ts): a file in another encoding gets one error, where and as `zelfscan validate`
// reports it, and is never written; a link to a scan is followed; a FIFO is never opened.
const HOW_TO_SAVE = "Sla het op als UTF-8 (in VS Code: klik rechts onderin op de codering en kies 'Opslaan met codering', 'UTF-8'). "
    + 'Tot dan wordt het niet gecontroleerd of gewijzigd.';
const UTF_16_MESSAGE = `Dit bestand is opgeslagen als UTF-16 (little-endian, met byte order mark), niet als UTF-8. ${HOW_TO_SAVE}`;
const NOORDE = GOOD_SCAN.replace('Regio Noord', 'Regio Noordé');
const LATIN_1 = Buffer.from(NOORDE, 'latin1');
const UTF_16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_SCAN, 'utf16le')]);
const UTF_16_WITHOUT_BOM = Buffer.from(GOOD_SCAN, 'utf16le');
// Reached through a link from the workspace; it scores outside the scale, so it has a finding of its own.
const LINKED = GOOD_SCAN.replace('Ontwerper 4', 'Ontwerper 9');
const SCORE_9 = "Score 9 valt buiten de schaal aanwezigheid (1 tot en met 5). Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel.";

const error = (line: number, character: number, message: string): Diagnostic => ({
    severity: 1, source: 'zelfscan', message, range: { start: { line, character }, end: { line, character } }
});

describe('workspace files the editor has not opened (dist/server.cjs over stdio)', () => {
    let folder: string;
    let workspace: string;
    let session: EditorSession;

    beforeAll(async () => {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
        folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-workspace-files-'));
        // Copies of the bundles, so another test file rebuilding dist/ cannot swap them out mid-run.
        for (const bundle of ['server.cjs', 'cli.cjs', 'sheet-libraries.cjs']) {
            cpSync(path.join(REPO_ROOT, 'dist', bundle), path.join(folder, bundle));
        }
        workspace = path.join(folder, 'werkruimte');
        mkdirSync(workspace);
        mkdirSync(path.join(folder, 'elders'));
        writeFileSync(path.join(workspace, 'regieneming-1.0.zelfscan'), GOOD_MODEL);
        writeFileSync(path.join(workspace, 'latin.regioscan'), LATIN_1);
        writeFileSync(path.join(workspace, 'utf16.regioscan'), UTF_16);
        writeFileSync(path.join(workspace, 'zonder-bom.regioscan'), UTF_16_WITHOUT_BOM);
        writeFileSync(path.join(workspace, 'groot.regioscan'), `${GOOD_SCAN}// `.padEnd(3 * 1024 * 1024, 'x'));
        writeFileSync(path.join(folder, 'elders', 'gekoppeld.regioscan'), LINKED);
        writeFileSync(path.join(workspace, 'gewoon.regioscan'), LINKED);
        symlinkSync(path.join(folder, 'elders', 'gekoppeld.regioscan'), path.join(workspace, 'koppeling.regioscan'));
        execFileSync('mkfifo', [path.join(workspace, 'x.regioscan')]);
        session = await EditorSession.start(path.join(folder, 'server.cjs'), workspace);
    }, 120_000);

    afterAll(async () => {
        await session?.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    /** The diagnostics the server publishes for a file once they satisfy `accept`. */
    const published = (relative: string, accept?: (diagnostics: Diagnostic[]) => boolean) => session.diagnosticsOf(session.uriOf(relative), accept);

    /** `zelfscan validate` in the workspace, with the bundled command line. */
    function validate(...paths: string[]) {
        return spawnSync(process.execPath, [path.join(folder, 'cli.cjs'), 'validate', '--geen-cache', ...paths],
            { cwd: workspace, encoding: 'utf8', timeout: 30_000 });
    }

    /** No process has the FIFO open for reading: opening it to write without blocking fails with ENXIO then. */
    function readerOf(fifo: string): string {
        try {
            closeSync(openSync(path.join(workspace, fifo), constants.O_WRONLY | constants.O_NONBLOCK));
            return 'a reader';
        } catch (error) {
            return (error as NodeJS.ErrnoException).code ?? String(error);
        }
    }

    it('gives a file in another encoding or beyond the size limit one error, at the place and with the words of `zelfscan validate`', async () => {
        const expected: Record<string, Diagnostic[]> = {
            'groot.regioscan': [{
                ...error(0, 0, 'Dit bestand is 3,0 MB (3.145.728 bytes); de grens is 2,0 MB (2.097.152 bytes). '
                    + 'Het wordt niet gelezen of gecontroleerd. Splits het in kleinere bestanden: één model of één regioscan per bestand.'),
                code: 'bestand-te-groot', data: { code: 'bestand-te-groot' }
            }],
            'latin.regioscan': [error(0, 22, 'Dit bestand is geen geldige UTF-8: byte 0xE9 begint hier geen UTF-8-teken '
                + `(opgeslagen als Latin-1 of Windows-1252?). ${HOW_TO_SAVE}`)],
            'utf16.regioscan': [error(0, 0, UTF_16_MESSAGE)],
            'zonder-bom.regioscan': [error(0, 1, 'Dit bestand lijkt opgeslagen als UTF-16 zonder byte order mark (om de byte staat een NUL-byte), '
                + `niet als UTF-8. ${HOW_TO_SAVE}`)]
        };
        for (const [file, diagnostics] of Object.entries(expected)) {
            expect(await published(file), file).toEqual(diagnostics);
        }

        const cli = validate('.');
        const asCli = (file: string, d: Diagnostic) =>
            `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} fout ${d.message}${d.code ? ` [${d.code}]` : ''}`;
        expect(cli.stdout.split('\n').filter(line => Object.keys(expected).some(file => line.startsWith(`${file}:`))))
            .toEqual(Object.entries(expected).map(([file, diagnostics]) => asCli(file, diagnostics[0])));
        expect(cli.stderr).toBe("zelfscan: waarschuwing: 'x.regioscan' overgeslagen: het is een FIFO (named pipe), geen gewoon bestand; "
            + 'alleen gewone bestanden worden gelezen.\n');

        expect(readFileSync(path.join(workspace, 'latin.regioscan'))).toEqual(LATIN_1);
        expect(readFileSync(path.join(workspace, 'utf16.regioscan'))).toEqual(UTF_16);
        expect(readFileSync(path.join(workspace, 'zonder-bom.regioscan'))).toEqual(UTF_16_WITHOUT_BOM);
    });

    it('checks a scan reached through a symbolic link like any other, as the command line does', async () => {
        const linked = await published('koppeling.regioscan');
        expect(linked).toEqual(await published('gewoon.regioscan'));
        expect(linked.map(d => [d.severity, d.code, d.range.start.line, d.range.start.character, d.message]))
            .toEqual([[1, 'score-buiten-schaal', 10, 18, SCORE_9]]);
        expect(validate('koppeling.regioscan').stdout.split('\n')[0]).toBe(`koppeling.regioscan:11:19 fout ${SCORE_9} [score-buiten-schaal]`);
    });

    it('never opens a FIFO in the workspace, nor a file that became one, and keeps answering', async () => {
        const models = await session.request<ModelSummary[]>(MODELS_REQUEST, {});
        expect(models.map(m => `${m.name} ${m.version}`)).toEqual(['Regieneming 1.0']);
        expect(session.published.has(session.uriOf('x.regioscan'))).toBe(false);
        expect(readerOf('x.regioscan')).toBe('ENXIO');

        // A checked file replaced by a FIFO: Langium's own reading would wait on it for ever, and every build after it.
        await session.create('pijp.regioscan', GOOD_SCAN.replace('Regio Noord', 'Regio Pijp'));
        expect(await published('pijp.regioscan')).toEqual([]);
        rmSync(path.join(workspace, 'pijp.regioscan'));
        execFileSync('mkfifo', [path.join(workspace, 'pijp.regioscan')]);
        await session.changedOnDisk('pijp.regioscan');
        expect(await published('pijp.regioscan', d => d.length > 0)).toEqual([
            error(0, 0, 'Dit bestand is een FIFO (named pipe), geen gewoon bestand; alleen gewone bestanden worden gelezen.')
        ]);
        expect((await session.request<ModelSummary[]>(MODELS_REQUEST, {})).map(m => `${m.name} ${m.version}`)).toEqual(['Regieneming 1.0']);
        expect(readerOf('pijp.regioscan')).toBe('ENXIO');
        expect(session.exited).toBe(false);
    });

    it('checks the text the editor decoded while the file is open, and the problem again once it is closed', async () => {
        await session.openFile('utf16.regioscan', LINKED);
        expect((await published('utf16.regioscan', d => d[0]?.source === 'regioscan')).map(d => d.message))
            .toEqual([SCORE_9]);
        await session.close(session.uriOf('utf16.regioscan'));
        expect(await published('utf16.regioscan', d => d[0]?.source === 'zelfscan')).toEqual([error(0, 0, UTF_16_MESSAGE)]);
        expect(readFileSync(path.join(workspace, 'utf16.regioscan'))).toEqual(UTF_16);
    });

    it('drops the problem once the file is saved as UTF-8 on disk', async () => {
        writeFileSync(path.join(workspace, 'latin.regioscan'), NOORDE.replace('Ontwerper 4', 'Ontwerper 9'));
        await session.changedOnDisk('latin.regioscan');
        expect((await published('latin.regioscan', d => d[0]?.source !== 'zelfscan')).map(d => d.message))
            .toEqual([SCORE_9]);
    });
});
