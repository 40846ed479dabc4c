import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComparisonReportSchema, RegionReportSchema } from '../../src/domain/report-model.js';
import { MODEL_1_0, MODEL_1_1, SCAN_NOORD, SCAN_OOST, SCAN_WEST, SCAN_ZUID } from '../domain/report-fixtures.js';
import { bundleCli, type CliBundle } from '../helpers/cli-bundle.js';

let scratch: string;
let cli: string;

/** The command line as users run it: the bundled CLI in a child process, in `cwd`. */
function run(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder with models in `modellen/` and scans in `scans/`. */
function project(scans: Record<string, string> = { 'noord.regioscan': SCAN_NOORD, 'zuid.regioscan': SCAN_ZUID }): string {
    const root = mkdtempSync(path.join(scratch, 'p-'));
    mkdirSync(path.join(root, 'modellen'));
    mkdirSync(path.join(root, 'scans'));
    writeFileSync(path.join(root, 'modellen', 'm-1.0.zelfscan'), MODEL_1_0);
    writeFileSync(path.join(root, 'modellen', 'm-1.1.zelfscan'), MODEL_1_1);
    for (const [name, text] of Object.entries(scans)) {
        writeFileSync(path.join(root, 'scans', name), text);
    }
    return root;
}

/** Every file under a folder with its bytes and modification time, to prove nothing was touched. */
function snapshot(folder: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) {
            const file = path.join(entry.parentPath, entry.name);
            files[path.relative(folder, file)] = `${statSync(file).mtimeMs} ${readFileSync(file, 'utf8')}`;
        }
    }
    return files;
}

let bundle: CliBundle;

beforeAll(async () => {
    bundle = await bundleCli('zelfscan-generate-');
    scratch = bundle.scratch;
    cli = bundle.cli;
});

afterAll(() => bundle.dispose());

describe('zelfscan generate', () => {
    it('writes one HTML report per scan, named after the region, and prints each path', () => {
        const root = project();
        const sources = [snapshot(path.join(root, 'modellen')), snapshot(path.join(root, 'scans'))];
        const result = run(['generate', 'scans', '--out', 'rapporten'], root);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(`${path.join('rapporten', 'regio.regio-noord.html')}\n${path.join('rapporten', 'regio.regio-zuid.html')}\n`);
        expect(readdirSync(path.join(root, 'rapporten'))).toEqual(['regio.regio-noord.html', 'regio.regio-zuid.html']);
        expect(readFileSync(path.join(root, 'rapporten', 'regio.regio-noord.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
        expect([snapshot(path.join(root, 'modellen')), snapshot(path.join(root, 'scans'))]).toEqual(sources);
    });

    it('writes the same bytes every time, and leaves no temporary files', () => {
        const root = project({ 'noord.regioscan': SCAN_NOORD, 'zuid.regioscan': SCAN_ZUID, 'west.regioscan': SCAN_WEST });
        expect(run(['generate', '.', '--out', 'a', '--format', 'all', '--json', '--vergelijk', '--formulier', '--changelog'], root).code).toBe(0);
        expect(run(['generate', '.', '--out', 'b', '--format', 'all', '--json', '--vergelijk', '--formulier', '--changelog'], root).code).toBe(0);
        const a = snapshot(path.join(root, 'a'));
        const b = snapshot(path.join(root, 'b'));
        const bytes = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.slice(v.indexOf(' ') + 1)]));
        expect(bytes(a)).toEqual(bytes(b));
        expect(Object.keys(a).sort()).toEqual([
            'formulier.m-1.0.html', 'formulier.m-1.0.json', 'formulier.m-1.0.md', 'formulier.m-1.1.html', 'formulier.m-1.1.json', 'formulier.m-1.1.md',
            'vergelijking.html', 'vergelijking.json', 'vergelijking.md',
            'wijzigingen.m-1.0.html', 'wijzigingen.m-1.0.json', 'wijzigingen.m-1.0.md', 'wijzigingen.m-1.1.html', 'wijzigingen.m-1.1.json', 'wijzigingen.m-1.1.md'
        ]);
        // the report model as JSON satisfies its schema
        const comparison = JSON.parse(readFileSync(path.join(root, 'a', 'vergelijking.json'), 'utf8'));
        expect(ComparisonReportSchema.parse(comparison).regions.map(r => r.label)).toEqual(['Regio Noord', 'Regio West', 'Regio Zuid']);
    });

    it('replaces an earlier report in place and leaves other files in the output folder alone', () => {
        const root = project();
        mkdirSync(path.join(root, 'out'));
        writeFileSync(path.join(root, 'out', 'regio.regio-noord.json'), 'oud');
        writeFileSync(path.join(root, 'out', 'notities.txt'), 'van de gebruiker');
        const result = run(['generate', 'scans', '--out', 'out', '--json'], root);
        expect(result.code).toBe(0);
        expect(readdirSync(path.join(root, 'out')).sort()).toEqual(['notities.txt', 'regio.regio-noord.json', 'regio.regio-zuid.json']);
        expect(readFileSync(path.join(root, 'out', 'notities.txt'), 'utf8')).toBe('van de gebruiker');
        const noord = RegionReportSchema.parse(JSON.parse(readFileSync(path.join(root, 'out', 'regio.regio-noord.json'), 'utf8')));
        expect(noord.region).toBe('Regio Noord');
        expect(noord.flags.map(f => f.kind)).toEqual(['onenigheid', 'zwak-aanwezig', 'zwak-aanwezig', 'partij-ontbreekt', 'aantal-interviews', 'doorlooptijd']);
    });

    it('refuses to generate when a loaded file has errors, listing them as validate does (exit 1)', () => {
        const root = project({ 'noord.regioscan': SCAN_NOORD, 'fout.regioscan': SCAN_ZUID.replace('Ontwerper 4 Kwartiermaker 4', 'Ontwerper 7 Kwartiermaker 4') });
        const result = run(['generate', 'scans', '--out', 'rapporten'], root);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe(`${path.join('scans', 'fout.regioscan')}:12:19 fout Score 7 valt buiten de schaal aanwezigheid (1 tot en met 5). `
            + `Kies een waarde van 1 tot en met 5, of '?' voor geen oordeel. [score-buiten-schaal]\n`);
        expect(result.stderr).toBe("Geen rapporten gemaakt: 1 fout in 1 bestand. Los die eerst op; 'zelfscan validate' toont ook de waarschuwingen.\n");
        expect(readdirSync(root).sort()).toEqual(['modellen', 'scans']);
    });

    it('refuses an anonymous comparison of fewer regions than the model\'s minimum (exit 1), and a minimum below it (exit 2); raises it', () => {
        const root = project();
        const refused = run(['generate', 'scans', '--out', 'r', '--anoniem'], root);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toBe("zelfscan: Een anonieme vergelijking vraagt ten minste 5 regio's, zodat geen uitkomst tot één regio te herleiden is; "
            + "er zijn 2 gegeven (elke regio telt één keer, met haar laatste scan). Voeg regioscans van andere regio's toe.\n");
        const lower = run(['generate', 'scans', '--out', 'r', '--anoniem', '--minimum', '1'], root);
        expect(lower.code).toBe(2);
        expect(lower.stderr).toBe("zelfscan: Een minimum van 1 regio's is lager dan de 5 die M voor een anonieme vergelijking vraagt; een minimum kan alleen hoger. Laat het weg, of kies 5 of meer.\n");
        expect(readdirSync(root).sort()).toEqual(['modellen', 'scans']);
        const scans = { 'noord.regioscan': SCAN_NOORD, 'zuid.regioscan': SCAN_ZUID, 'west.regioscan': SCAN_WEST, 'oost.regioscan': SCAN_OOST,
            'midden.regioscan': SCAN_ZUID.replace('Regio Zuid', 'Regio Midden') };
        const five = project(scans);
        const raised = run(['generate', 'scans', '--out', 'r', '--anoniem', '--minimum', '6'], five);
        expect(raised.code).toBe(1);
        expect(raised.stderr).toContain("ten minste 6 regio's");
        const accepted = run(['generate', 'scans', '--out', 'r', '--anoniem', '--format', 'md', '--json'], five);
        expect(accepted.code).toBe(0);
        expect(accepted.stdout).toBe(`${path.join('r', 'vergelijking-anoniem.md')}\n${path.join('r', 'vergelijking-anoniem.json')}\n`);
        for (const file of ['vergelijking-anoniem.md', 'vergelijking-anoniem.json']) {
            const text = readFileSync(path.join(five, 'r', file), 'utf8');
            for (const secret of ['Noord', 'Zuid', 'Midden', 'West', 'Oost', 'RN1', 'RZ1', 'RW1', 'PO/VO', '1.1', 'Beleidsadviseur', 'Jan Jansen', 'Piet Pieters', 'loket', 'dirigentrol']) {
                expect(text, `${file}: ${secret}`).not.toContain(secret);
            }
            expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        }
    });

    it('refuses a comparison of scans of different models (exit 1), listing which scans use which model', () => {
        const root = project({ 'noord.regioscan': SCAN_NOORD, 'zuid.regioscan': SCAN_ZUID,
            'k.regioscan': 'regioscan "Regio K" {\n    model K versie 1.0\n    respondent RK1 partij gemeente { Ontwerper 2 }\n}\n' });
        writeFileSync(path.join(root, 'modellen', 'k.zelfscan'), 'model K versie 1.0 {\n    schaal s 1..2 {\n        1 "a"\n        2 "b"\n    }\n'
            + '    zwak tot en met 1\n    onenigheid vanaf spreiding 1\n    afronding half naar boven\n    standaarddeviatie populatie\n'
            + '    rol Ontwerper {\n        omschrijving "o"\n        competentie "c"\n        actie x "x"\n    }\n    partij gemeente "Gemeente"\n}\n');
        const refused = run(['generate', 'scans', '--out', 'r', '--vergelijk'], root);
        expect(refused.stderr).toBe('zelfscan: Een vergelijking zet alleen scans van één model naast elkaar, maar deze scans gebruiken verschillende modellen: '
            + 'K (Regio K); M (Regio Noord, Regio Zuid). Hun rollen en schalen betekenen niet hetzelfde; maak per model een eigen vergelijking.\n');
        expect(refused.code).toBe(1);
        expect(readdirSync(root).sort()).toEqual(['modellen', 'scans']);
    });

    it('never writes among the source files: refuses an output folder that holds them (exit 2)', () => {
        const root = project();
        symlinkSync(path.join(root, 'scans'), path.join(root, 'link-naar-scans'));
        const sources = snapshot(root);
        for (const out of ['scans', '.', path.join(root, 'modellen')]) {
            const result = run(['generate', 'scans', '--out', out], root);
            expect(result.code, out).toBe(2);
            expect(result.stderr, out).toMatch(/^zelfscan: De uitvoermap '.*' bevat bronbestanden \(.*\)\. Kies met --out een aparte map voor de rapporten, bijvoorbeeld --out rapporten\.\n$/);
        }
        const linked = run(['generate', 'scans', '--out', 'link-naar-scans'], root);
        expect(linked.code).toBe(2);
        expect(linked.stderr).toBe("zelfscan: De uitvoermap 'link-naar-scans' is een symbolische koppeling; rapporten worden nooit via een koppeling geschreven. "
            + 'Kies met --out een aparte map voor de rapporten, bijvoorbeeld --out rapporten.\n');
        expect(snapshot(root)).toEqual(sources);
    });

    it('rejects usage errors with exit 2: an unknown format or language, a bad minimum, a file as output, no --out', () => {
        const root = project();
        writeFileSync(path.join(root, 'bestand'), 'x');
        const cases: Array<[string[], string]> = [
            [['--out', 'r', '--format', 'pdf'], "zelfscan: Onbekend formaat 'pdf'. Kies html, md of all.\n"],
            [['--out', 'r', '--taal', 'de'], "zelfscan: Onbekende taal 'de'. Kies nl of en.\n"],
            [['--out', 'r', '--anoniem', '--minimum', 'twee'], "zelfscan: --minimum verwacht een heel getal van 1 of meer, niet 'twee'.\n"],
            [['--out', 'bestand'], "zelfscan: 'bestand' bestaat al en is geen map. Kies met --out een aparte map voor de rapporten, bijvoorbeeld --out rapporten.\n"],
            [[], "error: required option '--out <map>' not specified\n"]
        ];
        for (const [args, message] of cases) {
            const result = run(['generate', 'scans', ...args], root);
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr).toBe(message);
        }
        expect(readdirSync(root).sort()).toEqual(['bestand', 'modellen', 'scans']);
    });

    it('finds the model of a lone scan through --werkruimte and writes English reports with --taal en', () => {
        const root = project();
        const result = run(['generate', path.join('scans', 'zuid.regioscan'), '--werkruimte', 'modellen', '--out', 'r', '--taal', 'en', '--format', 'md'], root);
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(`${path.join('r', 'regio.regio-zuid.md')}\n`);
        const dutch = run(['generate', path.join('scans', 'zuid.regioscan'), '--werkruimte', 'modellen', '--out', 'nl', '--format', 'md'], root);
        expect(dutch.code).toBe(0);
        expect(readFileSync(path.join(root, 'r', 'regio.regio-zuid.md'), 'utf8')).not.toEqual(readFileSync(path.join(root, 'nl', 'regio.regio-zuid.md'), 'utf8'));
    });

    it('numbers regions with the same name, and reports progress on stderr for more than 20 reports', () => {
        const scans: Record<string, string> = {};
        for (let i = 1; i <= 22; i++) {
            scans[`s${String(i).padStart(2, '0')}.regioscan`] = SCAN_OOST.replace('Regio Oost', i <= 2 ? 'Regio Één' : `Regio ${i}`);
        }
        const root = project(scans);
        const result = run(['generate', 'scans', '--out', 'r'], root);
        expect(result.code).toBe(0);
        expect(result.stdout.split('\n').slice(0, 3)).toEqual([path.join('r', 'regio.regio-een.html'), path.join('r', 'regio.regio-een-2.html'), path.join('r', 'regio.regio-3.html')]);
        expect(readdirSync(path.join(root, 'r'))).toHaveLength(22);
        expect(result.stderr.trim().split('\n')).toEqual([
            'Rapporten: 2 van 22', 'Rapporten: 4 van 22', 'Rapporten: 6 van 22', 'Rapporten: 8 van 22', 'Rapporten: 10 van 22',
            'Rapporten: 12 van 22', 'Rapporten: 14 van 22', 'Rapporten: 16 van 22', 'Rapporten: 18 van 22', 'Rapporten: 20 van 22', 'Rapporten: 22 van 22'
        ]);
    });
});
