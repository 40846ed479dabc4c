import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/workspace.js';

const config = createRequire(import.meta.url)(path.join(REPO_ROOT, '.dependency-cruiser.cjs'));

async function violations(baseDir: string): Promise<string[]> {
    const result = await cruise(['src'], { ...config.options, ruleSet: { forbidden: config.forbidden }, baseDir, validate: true });
    const output = result.output as ICruiseResult;
    return output.summary.violations.map((v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('layering (.dependency-cruiser.cjs)', () => {
    it('keeps src/domain and src/report free of Langium, VS Code, the protocol, Node built-ins and the front ends', async () => {
        expect(await violations(REPO_ROOT)).toEqual([]);
    }, 60_000);

    const scratch = mkdtempSync(path.join(tmpdir(), 'zelfscan-layering-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it('names each kind of violation, so the check above can fail', async () => {
        const file = (name: string, text: string) => {
            mkdirSync(path.dirname(path.join(scratch, name)), { recursive: true });
            writeFileSync(path.join(scratch, name), text);
        };
        file('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } }));
        file('src/language/service.ts', 'export const service = 1;\n');
        file('src/report/words.ts', 'export const words = 1;\n');
        file('src/domain/a.ts', [
            "import { readFileSync } from 'node:fs';",
            "import { service } from '../language/service.js';",
            "import { words } from '../report/words.js';",
            "import { b } from './b.js';",
            'export const a = [readFileSync, service, words, b];', ''
        ].join('\n'));
        file('src/domain/b.ts', "import { a } from './a.js';\nexport const b = () => a;\n");
        file('src/report/c.ts', "import type { LangiumDocument } from 'langium';\nexport type C = LangiumDocument;\n");
        const found = await violations(scratch);
        expect(found).toEqual(expect.arrayContaining([
            'domein-zonder-weergave: src/domain/a.ts → src/report/words.ts',
            'geen-kringen: src/domain/a.ts → src/domain/b.ts',
            'geen-node-in-de-kern: src/domain/a.ts → fs',
            'zuivere-kern-zonder-voorkant: src/domain/a.ts → src/language/service.ts'
        ]));
        expect(found.some(v => v.startsWith('zuivere-kern-zonder-editor: src/report/c.ts → '))).toBe(true);
    }, 60_000);
});
