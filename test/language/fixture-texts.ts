import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createTestWorkspace, REPO_ROOT, summarize } from '../helpers/workspace.js';

/** The small but complete model and scan of test/fixtures/good, as text, for variations in inline tests. */
export const GOOD_MODEL = readFileSync(path.join(REPO_ROOT, 'test/fixtures/good/regieneming-1.0.zelfscan'), 'utf8');
export const GOOD_SCAN = readFileSync(path.join(REPO_ROOT, 'test/fixtures/good/regio-noord.regioscan'), 'utf8');

/**
 * The text with exact fragments replaced (pairs of from, to); fails loudly when a fragment is not there
 * exactly once, so that a test can never quietly test the unchanged text.
 */
export function edit(text: string, ...replacements: string[]): string {
    let result = text;
    for (let i = 0; i < replacements.length; i += 2) {
        const [from, to] = [replacements[i], replacements[i + 1]];
        const index = result.indexOf(from);
        if (index < 0 || result.indexOf(from, index + 1) >= 0) {
            throw new Error(`Fragment not found exactly once: ${from}`);
        }
        result = result.slice(0, index) + to + result.slice(index + from.length);
    }
    return result;
}

/** A version 1.1 that extends the good model, with the given members. */
export function extension(members: string, header = 'model Regieneming versie 1.1 breidt Regieneming versie 1.0 uit'): string {
    return `${header} {\n${members}\n}\n`;
}

/** Builds the files as one workspace and returns the summarized diagnostics of one of them. */
export async function findings(files: Record<string, string>, name: string): Promise<Array<ReturnType<typeof summarize>>> {
    const workspace = await createTestWorkspace(files);
    return workspace.diagnostics(name).map(summarize);
}

/** Findings of a model file on its own. */
export function modelFindings(model: string, others: Record<string, string> = {}): Promise<Array<ReturnType<typeof summarize>>> {
    return findings({ ...others, 'm.zelfscan': model }, 'm.zelfscan');
}

/** Findings of a scan, checked against the good model (and any further files). */
export function scanFindings(scan: string, others: Record<string, string> = { 'm.zelfscan': GOOD_MODEL }): Promise<Array<ReturnType<typeof summarize>>> {
    return findings({ ...others, 's.regioscan': scan }, 's.regioscan');
}
