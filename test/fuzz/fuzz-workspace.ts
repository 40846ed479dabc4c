import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EXAMPLES, REPO_ROOT } from '../helpers/workspace.js';
import { seedTexts, type SourceText } from './hostile-documents.js';

/** The seeds of every fuzz run: the examples and the test fixtures of both file kinds. */
export function fuzzSeeds(): SourceText[] {
    return seedTexts(EXAMPLES, path.join(REPO_ROOT, 'test/fixtures'), path.join(REPO_ROOT, 'test/language/fixtures'));
}

/** A scratch copy of the examples, as the workspace folder the server opens; random documents are opened beside them. */
export function fuzzWorkspace(prefix: string): { folder: string; dispose(): void } {
    const root = mkdtempSync(path.join(tmpdir(), prefix));
    const folder = path.join(root, 'werkruimte');
    cpSync(EXAMPLES, folder, { recursive: true });
    return { folder, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
