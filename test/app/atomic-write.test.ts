import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/app/atomic-write.js';

// The writer behind every new file (an imported scan, an export, a report): through a temporary file beside the
// target, never over a file that exists when asked for a new one, and never leaving the temporary file behind.
let folder: string;
beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'zelfscan-atomic-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('writeFileAtomically', () => {
    it("'new' writes the whole file and leaves nothing else in the folder", async () => {
        const content = Buffer.alloc(3 * 1024 * 1024, 'x');
        await writeFileAtomically(path.join(folder, 'scores.xlsx'), content, { existing: 'new' });
        expect(readdirSync(folder)).toEqual(['scores.xlsx']);
        expect(readFileSync(path.join(folder, 'scores.xlsx')).equals(content)).toBe(true);
    });

    it("'new' refuses a name that exists (a file or a link), keeps what is there and removes its temporary file", async () => {
        writeFileSync(path.join(folder, 'regio-noord.regioscan'), 'eigen tekst\n');
        symlinkSync(path.join(folder, 'elders.txt'), path.join(folder, 'link.regioscan'));
        for (const name of ['regio-noord.regioscan', 'link.regioscan']) {
            await expect(writeFileAtomically(path.join(folder, name), 'nieuw\n', { existing: 'new' })).rejects.toMatchObject({ code: 'EEXIST' });
        }
        expect(readFileSync(path.join(folder, 'regio-noord.regioscan'), 'utf8')).toBe('eigen tekst\n');
        expect(readdirSync(folder).sort()).toEqual(['link.regioscan', 'regio-noord.regioscan']);
    });

    it('writes nothing at all when the folder is missing', async () => {
        await expect(writeFileAtomically(path.join(folder, 'nergens', 'scan.regioscan'), 'tekst\n', { existing: 'new' })).rejects.toMatchObject({ code: 'ENOENT' });
        expect(readdirSync(folder)).toEqual([]);
    });

    it("'replace' puts the new content in place in one step", async () => {
        writeFileSync(path.join(folder, 'rapport.html'), 'oud');
        await writeFileAtomically(path.join(folder, 'rapport.html'), 'nieuw', { existing: 'replace' });
        expect(readdirSync(folder)).toEqual(['rapport.html']);
        expect(readFileSync(path.join(folder, 'rapport.html'), 'utf8')).toBe('nieuw');
    });
});
