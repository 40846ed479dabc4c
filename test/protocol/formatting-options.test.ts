import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { REPO_ROOT } from '../helpers/workspace.js';
import { EditorSession } from './editor-session.js';

// The editor formats in the one canonical layout: the client's FormattingOptions (VS Code sends the indentation
// it detected in the file, here two spaces) change nothing, for whole documents and for selections.
const TWO_SPACES = { tabSize: 2, insertSpaces: true };
const text = 'regioscan "R" {\n  model Regieneming versie 1.0\n  respondent R1 partij gemeente {\n    Ontwerper 3\n  }\n}\n';
const canonical = 'regioscan "R" {\n    model Regieneming versie 1.0\n    respondent R1 partij gemeente {\n        Ontwerper 3\n    }\n}\n';

describe('formatting over the protocol (dist/server.cjs)', () => {
    let folder: string;
    let session: EditorSession;
    let uri: string;

    beforeAll(async () => {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
        folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-format-options-'));
        const bundle = path.join(folder, 'server.cjs');
        // A copy of the bundle, so another test file rebuilding dist/ cannot swap it out mid-run.
        cpSync(path.join(REPO_ROOT, 'dist/server.cjs'), bundle);
        const workspace = path.join(folder, 'werkruimte');
        mkdirSync(path.join(workspace, 'scans'), { recursive: true });
        writeFileSync(path.join(workspace, 'scans/twee.regioscan'), text);
        session = await EditorSession.start(bundle, workspace);
        await session.openFile('scans/twee.regioscan', text);
        uri = session.uriOf('scans/twee.regioscan');
    }, 120_000);

    afterAll(async () => {
        await session?.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    const apply = (edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create(uri, 'regioscan', 1, text), edits);

    it('formats a document indented with two spaces into four, with tabSize 2 in the options', async () => {
        const edits = await session.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: TWO_SPACES });
        expect(apply(edits)).toBe(canonical);
    });

    it('formats a selection with four spaces too, and only the selected lines', async () => {
        const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 15 } };
        const edits = await session.request<TextEdit[]>('textDocument/rangeFormatting', { textDocument: { uri }, options: TWO_SPACES, range });
        expect(apply(edits)).toBe(text.replace('    Ontwerper 3', '        Ontwerper 3'));
    });
});
