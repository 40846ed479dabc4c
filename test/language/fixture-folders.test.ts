import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, REPO_ROOT, loadFolder, summarize } from '../helpers/workspace.js';

/** Each fixture folder is a small workspace of real files, loaded from disk as the CLI and the editor load them. */
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');

/** Every finding of a loaded folder as `file:line severity code`. */
async function folderFindings(folder: string): Promise<string[]> {
    const workspace = await loadFolder(folder);
    return [...workspace.documents.keys()].flatMap(name =>
        workspace.diagnostics(name).map(summarize).map(d => `${name}:${d.range.split(':')[0]} ${d.severity} ${d.code}`));
}

describe('fixture folders', () => {
    it('good: a model and a scan without findings', async () => {
        expect(await folderFindings(path.join(FIXTURES, 'good'))).toEqual([]);
    });

    it('bad-model: a scale gap and a duplicate role', async () => {
        expect(await folderFindings(path.join(FIXTURES, 'bad-model'))).toEqual([
            'regieneming-2.0.zelfscan:3 error schaal-gat',
            'regieneming-2.0.zelfscan:14 error dubbele-naam'
        ]);
    });

    it('the examples of the repository are clean: the scans of older versions are told that 1.2 exists, and 1.1 that two scans on 1.0 use the obstacle it retires', async () => {
        expect(await folderFindings(EXAMPLES)).toEqual([
            'model/regieneming-1.1.zelfscan:27 info scans-geblokkeerd',
            'scans/regio-brakeldonk-2024.regioscan:4 info nieuwere-versie',
            'scans/regio-hoogvenne-2024.regioscan:3 info nieuwere-versie',
            'scans/regio-kromwaard-2024.regioscan:3 info nieuwere-versie',
            'scans/regio-lindemonde-2024.regioscan:3 info nieuwere-versie',
            'scans/regio-zandmeren-2024.regioscan:3 info nieuwere-versie'
        ]);
    });
});
