import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Position, Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EXAMPLES, REPO_ROOT } from '../helpers/workspace.js';

const run = promisify(execFile);

/** What test/neovim/lsp-check.lua writes: what Neovim's LSP client received from the server. */
interface NeovimResult {
    error?: string;
    diagnostics: Array<{ message: string; severity: number; range: Range }>;
    /** vim.diagnostic.get() of the scan's buffer: 0-based line and byte columns. */
    shown: Array<{ lnum: number; col: number; end_col: number; message: string }>;
    hover?: { kind: string; value: string };
    completion?: string[];
    formatted?: string;
    exit?: { code: number; signal: number };
}

const SCAN = 'scans/regio-hoogvenne-2024.regioscan';
const NEWER_VERSION = 'Er is een nieuwere versie van dit model: Regieneming versie 1.2. \'Scan bijwerken naar Regieneming versie 1.2\' of '
    + 'zelfscan migrate --naar "Regieneming versie 1.2" zet de scan over, hernoemingen inbegrepen, als alles wat hij gebruikt daar nog bestaat.';
const OUT_OF_SCALE = "Score 9 valt buiten de schaal aanwezigheid (1 tot en met 5). Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel.";
// Saved by an editor, so with a final newline; the formatter has to fix everything else.
const UNFORMATTED = 'regioscan "Lelijk" { model Regieneming versie 1.0\n  respondent R1 partij gemeente { Ontwerper 3 Verbinder ? } }\n';
const CANONICAL = 'regioscan "Lelijk" {\n    model Regieneming versie 1.0\n    respondent R1 partij gemeente {\n        Ontwerper 3\n        Verbinder ?\n    }\n}\n';

/**
 * The bundled language server in a second real editor: Neovim's built-in LSP client (0.7 API), headless, runs
 * test/neovim/lsp-check.lua against a copy of examples/ in which one score is out of scale.
 */
describe('language server in Neovim (vim.lsp.start_client)', () => {
    let folder: string;
    let result: NeovimResult;
    let scanText: string;

    beforeAll(async () => {
        // Never skip: when Neovim cannot be had the test fails with the reason.
        try {
            execFileSync('sh', [path.join(REPO_ROOT, 'scripts/ensure-debian-package.sh'), 'nvim', 'neovim'], { stdio: 'pipe', encoding: 'utf8' });
            execFileSync('nvim', ['--version'], { stdio: 'pipe' });
        } catch (error) {
            const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
            throw new Error(`Neovim is not available, so the Neovim client test cannot run: ${message}\n${stdout}${stderr}`);
        }
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });

        folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-neovim-'));
        const workspace = path.join(folder, 'werkruimte');
        cpSync(EXAMPLES, workspace, { recursive: true });
        // Run a copy of the bundle, so another test file rebuilding dist/ cannot swap it out mid-run.
        cpSync(path.join(REPO_ROOT, 'dist/server.cjs'), path.join(folder, 'server.cjs'));

        const scanPath = path.join(workspace, SCAN);
        const original = readFileSync(scanPath, 'utf8');
        scanText = original.replace('Verbinder 4', 'Verbinder 9');
        expect(scanText).not.toBe(original);
        writeFileSync(scanPath, scanText);
        const unformattedPath = path.join(workspace, 'scans/lelijk.regioscan');
        writeFileSync(unformattedPath, UNFORMATTED);

        const scan = TextDocument.create('file:///scan', 'regioscan', 1, scanText);
        const at = (offset: number): Position => scan.positionAt(scanText.indexOf('Verbinder 9') + offset);
        const config = path.join(folder, 'check.json');
        const resultPath = path.join(folder, 'result.json');
        writeFileSync(config, JSON.stringify({
            node: process.execPath,
            server: path.join(folder, 'server.cjs'),
            root: workspace,
            scan: scanPath,
            unformatted: unformattedPath,
            result: resultPath,
            hover: at(3),
            completion: at('Verbinder '.length)
        }));

        // A private home for Neovim, so its LSP log and state stay in the scratch folder.
        const home = path.join(folder, 'nvim-home');
        mkdirSync(home);
        const env = {
            ...process.env, ZELFSCAN_NVIM_CONFIG: config,
            XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home
        };
        const script = path.join(REPO_ROOT, 'test/neovim/lsp-check.lua');
        try {
            await run('nvim', ['--headless', '--clean', '-c', `luafile ${script}`], { cwd: folder, env, timeout: 60_000 });
        } catch (error) {
            const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
            let reported = '';
            try {
                reported = readFileSync(resultPath, 'utf8');
            } catch {
                reported = '(no result file)';
            }
            throw new Error(`nvim failed: ${message}\n${stdout}${stderr}\n${reported}`);
        }
        result = JSON.parse(readFileSync(resultPath, 'utf8')) as NeovimResult;
    }, 600_000);

    afterAll(() => {
        if (folder) {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    it('receives the out-of-scale diagnostic on the score and shows it in the buffer', () => {
        expect(result.error).toBeUndefined();
        const start = scanText.indexOf('Verbinder 9') + 'Verbinder '.length;
        const scan = TextDocument.create('file:///scan', 'regioscan', 1, scanText);
        // Besides the error, the information that the scan's version is superseded, on the model reference.
        const model = scanText.indexOf('Regieneming versie 1.0');
        const modelRange = { start: scan.positionAt(model), end: scan.positionAt(model + 'Regieneming versie 1.0'.length) };
        expect(result.diagnostics).toEqual([
            { message: NEWER_VERSION, severity: 3, range: modelRange },
            { message: OUT_OF_SCALE, severity: 1, range: { start: scan.positionAt(start), end: scan.positionAt(start + 1) } }
        ]);
        // Line 20, column 19 in the editor's own terms: the '9' after 'Verbinder '.
        expect(result.diagnostics[1].range).toEqual({ start: { line: 19, character: 18 }, end: { line: 19, character: 19 } });
        expect(result.shown).toEqual([
            { lnum: modelRange.start.line, col: modelRange.start.character, end_col: modelRange.end.character, message: NEWER_VERSION },
            { lnum: 19, col: 18, end_col: 19, message: OUT_OF_SCALE }
        ]);
    });

    it('shows the role with its competence on hover', () => {
        expect(result.hover?.kind).toBe('markdown');
        expect(result.hover?.value).toMatch(/^\*\*Rol Verbinder\*\* · Regieneming versie 1\.0\n/);
        expect(result.hover?.value).toContain('*Kerncompetentie:* Mensen aansteken in hun enthousiasme om samen te werken');
    });

    it('offers the scale labels as completion after a role name', () => {
        expect(result.completion).toEqual([
            '1 · Niet of nauwelijks aanwezig', '2 · Incidenteel aanwezig', '3 · Regelmatig aanwezig',
            '4 · Redelijk aanwezig', '5 · Ruim aanwezig', '? · nog geen oordeel'
        ]);
    });

    it('formats a badly indented scan into the canonical layout, as saved by Neovim', () => {
        expect(result.formatted).toBe(CANONICAL);
    });

    it('lets the server shut down cleanly when the client stops', () => {
        expect(result.exit).toEqual({ code: 0, signal: 0 });
    });
});
