import { AstUtils, type AstNode } from 'langium';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelKey } from '../src/domain/model-definition.js';
import * as ast from '../src/language/generated/ast.js';
import { buildScanData } from '../src/language/scan-data-builder.js';
import { EXAMPLES, listSourceFiles, loadFolder, REPO_ROOT, summarize, type TestWorkspace } from './helpers/workspace.js';

/**
 * Keeps the example workspace honest: it must be clean, version 1.1 must change what its comments say it
 * changes, names must link across files and versions, and version 1.0 must quote the seed report.
 */

const MODEL_10 = 'model/regieneming-1.0.zelfscan';
const MODEL_11 = 'model/regieneming-1.1.zelfscan';
const MODEL_12 = 'model/regieneming-1.2.zelfscan';
const SCAN_11 = 'scans/regio-brakeldonk-2024.regioscan';
const SCAN_12 = 'scans/regio-brakeldonk-2025.regioscan';
const V10: ModelKey = { name: 'Regieneming', version: '1.0' };
const V11: ModelKey = { name: 'Regieneming', version: '1.1' };
const V12: ModelKey = { name: 'Regieneming', version: '1.2' };

let ws: TestWorkspace;

beforeAll(async () => {
    ws = await loadFolder(EXAMPLES);
});

function root<T extends AstNode>(name: string, guard: (node: unknown) => node is T): T {
    const value = ws.doc(name).parseResult.value;
    if (!guard(value)) {
        throw new Error(`${name} is not the expected kind of file (root is ${value.$type})`);
    }
    return value;
}

const model = (name: string) => root(name, ast.isModel);
const scan = (name: string) => root(name, ast.isRegionScan);
const resolved = (name: string) => ws.services.shared.models.ResolvedModels.of(model(name)).resolved;
const fileOf = (node: AstNode | undefined) => node && path.relative(EXAMPLES, AstUtils.getDocument(node).uri.fsPath);

function member<T extends AstNode & { name: string }>(owner: ast.Model, guard: (node: unknown) => node is T, name: string): T {
    const found = owner.members.find((m): m is ast.ModelMember & T => guard(m) && m.name === name);
    if (!found) {
        throw new Error(`no member '${name}' in ${fileOf(owner)}`);
    }
    return found;
}

describe('example workspace files', () => {
    const files = listSourceFiles(EXAMPLES).map(file => path.relative(EXAMPLES, file));

    it('holds the three model versions, five region scans and a second round of one region', () => {
        expect(files).toEqual([
            MODEL_10,
            MODEL_11,
            MODEL_12,
            'scans/regio-brakeldonk-2024.regioscan',
            'scans/regio-brakeldonk-2025.regioscan',
            'scans/regio-hoogvenne-2024.regioscan',
            'scans/regio-kromwaard-2024.regioscan',
            'scans/regio-lindemonde-2024.regioscan',
            'scans/regio-zandmeren-2024.regioscan'
        ]);
    });

    it.each(files)('%s parses without errors and has no problems', name => {
        const { lexerErrors, parserErrors } = ws.doc(name).parseResult;
        expect(lexerErrors.map(e => e.message)).toEqual([]);
        expect(parserErrors.map(e => e.message)).toEqual([]);
        // A scan of an older version is only told that it can move to 1.2.
        const line = name === SCAN_11 ? 4 : 3;
        if (name === MODEL_11) {
            // Two scans on 1.0 name the obstacle 1.1 retires (the refusals of zelfscan migrate in the README).
            expect(ws.diagnostics(name).map(summarize)).toEqual([{
                severity: 'info', code: 'scans-geblokkeerd', range: '27:22-27:34',
                message: 'Vervalt knelpunt losse_doelen: 2 scans in de werkruimte gebruiken dit knelpunt en kunnen niet naar deze versie.'
            }]);
            return;
        }
        expect(ws.diagnostics(name).map(summarize)).toEqual(!name.endsWith('.regioscan') || name === SCAN_12 ? [] : [{
            severity: 'info', code: 'nieuwere-versie', range: `${line}:11-${line}:33`,
            message: `Er is een nieuwere versie van dit model: Regieneming versie 1.2. 'Scan bijwerken naar Regieneming versie 1.2' of zelfscan migrate --naar "Regieneming versie 1.2" zet de scan over, hernoemingen inbegrepen, als alles wat hij gebruikt daar nog bestaat.`
        }]);
    });

    it('scans follow the quickscan round: 2 × nul_zes, 3 × po_vo, one on version 1.1, 3–5 respondents each; a second round on 1.2', () => {
        const scans = files.filter(f => f.endsWith('.regioscan')).map(f => buildScanData(scan(f)));
        expect(scans.map(s => s.focus).sort()).toEqual(['nul_zes', 'nul_zes', 'po_vo', 'po_vo', 'po_vo', 'po_vo']);
        expect(scans.filter(s => s.model.version === '1.1').map(s => s.region)).toEqual(['Regio Brakeldonk']);
        expect(scans.filter(s => s.model.version === '1.2').map(s => [s.region, s.startDate])).toEqual([['Regio Brakeldonk', '2025-09-08']]);
        for (const s of scans) {
            expect(s.respondents.length, s.region).toBeGreaterThanOrEqual(3);
            expect(s.respondents.length, s.region).toBeLessThanOrEqual(5);
            // Personal names only where the scan says they may be shown.
            expect(s.respondents.some(r => r.personName !== undefined), s.region).toBe(s.namesVisible);
        }
        expect(scans.filter(s => s.namesVisible).map(s => s.region)).toEqual(['Regio Kromwaard']);
        const noJudgement = scans.flatMap(s => s.respondents.flatMap(r =>
            r.scores.filter(score => score.value === null).map(score => `${s.region} ${r.id} ${score.role}`)));
        expect(noJudgement).toEqual(['Regio Brakeldonk R4 Evaluator', 'Regio Kromwaard R3 Dirigent']);
    });
});

describe('resolved model of version 1.1', () => {
    it('keeps the four roles of 1.0 in model order and names its chain', () => {
        const m = resolved(MODEL_11);
        expect(m.key).toEqual(V11);
        expect(m.chain).toEqual([V11, V10]);
        expect([...m.items.role.keys()]).toEqual(['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent']);
        expect(m.scale?.points.map(p => p.label)).toEqual(resolved(MODEL_10).scale?.points.map(p => p.label));
    });

    it('adds an action to Kwartiermaker, introduced and defined in 1.1', () => {
        const role = resolved(MODEL_11).items.role.get('Kwartiermaker')!;
        expect(role.actions.map(a => a.name)).toEqual(
            ['reguliere_methode', 'samenwerkingsroutine', 'team_opzetten', 'routine_inbedden', 'ruimte_teamleden']);
        const added = role.actions.find(a => a.name === 'ruimte_teamleden')!;
        expect(added.text).toBe('Zorgen dat teamleden ruimte krijgen van hun werkgever en gecoacht worden bij het samenwerken');
        expect(added.introducedIn).toEqual(V11);
        expect(added.definedIn).toEqual(V11);
        const inherited = role.actions.find(a => a.name === 'team_opzetten')!;
        expect([inherited.introducedIn, inherited.definedIn]).toEqual([V10, V10]);
    });

    it('changes the text of one Ontwerper action: introduced in 1.0, defined in 1.1; the rest of the role is inherited', () => {
        const role = resolved(MODEL_11).items.role.get('Ontwerper')!;
        const before = resolved(MODEL_10).items.role.get('Ontwerper')!;
        const changed = role.actions.find(a => a.name === 'kennis_ophalen')!;
        expect(changed.text).toBe("Kennis en ervaringen uit andere regio's en van deskundigen ophalen en toegankelijk maken");
        expect(changed.introducedIn).toEqual(V10);
        expect(changed.definedIn).toEqual(V11);
        expect(before.actions.find(a => a.name === 'kennis_ophalen')!.text)
            .toBe("Kennis en ervaringen uit andere regio's ophalen en toegankelijk maken");
        expect(role.actions.map(a => a.name)).toEqual(before.actions.map(a => a.name));
        expect(role.description).toBe(before.description);
        expect(role.competence).toBe('Knelpunten inhoudelijk en inventief benaderen, improviseren');
        expect([role.introducedIn, role.definedIn]).toEqual([V10, V11]);
    });

    it('adds a reflection prompt to the use tussen_domeinen', () => {
        const use = resolved(MODEL_11).items.use.get('tussen_domeinen')!;
        expect(use.prompts.map(p => [p.name, p.introducedIn.version, p.definedIn.version])).toEqual([
            ['overeenkomsten_verschillen', '1.0', '1.0'],
            ['rollen_verdelen', '1.1', '1.1']
        ]);
        expect(use.prompts[1].text).toBe('Wie neemt nu welke rol op zich, en wie zou een rol die ontbreekt kunnen oppakken?');
        expect(use.description).toBe('Breng de partners in jouw regio bij elkaar en laat elke partner afzonderlijk een score geven.');
    });

    it('retires knelpunt losse_doelen and redeclares belangenverschillen', () => {
        const m = resolved(MODEL_11);
        expect([...m.items.obstacle.keys()]).toEqual(
            ['gefragmenteerd_veld', 'belangenverschillen', 'systemen', 'geen_traditie', 'samenwerkingsvaardigheden']);
        expect(m.items.obstacle.has('losse_doelen')).toBe(false);
        const retired = m.retired.obstacle.get('losse_doelen')!;
        expect(retired.retiredIn).toEqual(V11);
        expect(retired.item.label).toBe('Doelen blijven los van elkaar staan');
        expect(fileOf(retired.source)).toBe(MODEL_11);
        const merged = m.items.obstacle.get('belangenverschillen')!;
        expect([merged.introducedIn, merged.definedIn]).toEqual([V10, V11]);
        expect(merged.label).toBe('Er zijn belangenverschillen tussen de partners en hun doelen blijven los van elkaar staan');
        // Version 1.0 itself is untouched.
        expect(resolved(MODEL_10).items.obstacle.has('losse_doelen')).toBe(true);
    });

    it('adds the party jeugd_ggz', () => {
        const m = resolved(MODEL_11);
        expect([...m.items.party.keys()]).toEqual(
            ['gemeente', 'jgz', 'kinderopvang', 'primair_onderwijs', 'swv', 'schoolbestuur', 'jeugdhulp', 'jeugd_ggz']);
        const party = m.items.party.get('jeugd_ggz')!;
        expect([party.label, party.introducedIn, party.definedIn]).toEqual(['Jeugd-ggz', V11, V11]);
        expect(resolved(MODEL_10).items.party.has('jeugd_ggz')).toBe(false);
    });
});

describe('resolved model of version 1.2', () => {
    it('renames Verbinder to Bruggenbouwer in its place, with what 1.0 gave it', () => {
        const m = resolved(MODEL_12);
        expect(m.chain).toEqual([V12, V11, V10]);
        expect([...m.items.role.keys()]).toEqual(['Ontwerper', 'Kwartiermaker', 'Bruggenbouwer', 'Dirigent', 'Evaluator']);
        const bridge = m.items.role.get('Bruggenbouwer')!;
        const before = resolved(MODEL_10).items.role.get('Verbinder')!;
        expect([bridge.description, bridge.competence, bridge.actions.map(a => a.name)])
            .toEqual([before.description, before.competence, before.actions.map(a => a.name)]);
        expect([bridge.introducedIn, bridge.definedIn]).toEqual([V10, V12]);
        expect(m.renamed.role.get('Verbinder')?.item).toBe(bridge);
    });

    it('retires the action escalatie of Dirigent and adds the role Evaluator', () => {
        const m = resolved(MODEL_12);
        expect(m.items.role.get('Dirigent')!.actions.map(a => a.name)).toEqual(['in_beeld', 'bestuurlijke_consensus', 'anticiperen', 'horizontaal_verticaal']);
        const evaluator = m.items.role.get('Evaluator')!;
        expect([evaluator.introducedIn, evaluator.actions.length]).toEqual([V12, 2]);
    });

    it('resolves the renamed role in the second-round scan to its declaration in 1.2', () => {
        const score = scan(SCAN_12).members.filter(ast.isRespondent)[0].parts.filter(ast.isScore).find(s => s.role.$refText === 'Bruggenbouwer');
        expect(score?.role.ref).toBe(member(model(MODEL_12), ast.isRole, 'Bruggenbouwer'));
    });
});

describe('linking across files and versions', () => {
    it('links version 1.1 to the version it extends', () => {
        expect(model(MODEL_11).base?.ref).toBe(model(MODEL_10));
    });

    it('links each scan to the model version it names', () => {
        const byScan = Object.fromEntries([...ws.documents.keys()].filter(f => f.endsWith('.regioscan'))
            .map(f => [f, fileOf(scan(f).model.ref)]));
        expect(byScan).toEqual({
            'scans/regio-brakeldonk-2024.regioscan': MODEL_11,
            'scans/regio-brakeldonk-2025.regioscan': MODEL_12,
            'scans/regio-hoogvenne-2024.regioscan': MODEL_10,
            'scans/regio-kromwaard-2024.regioscan': MODEL_10,
            'scans/regio-lindemonde-2024.regioscan': MODEL_10,
            'scans/regio-zandmeren-2024.regioscan': MODEL_10
        });
        expect(scan(SCAN_11).model.ref).toBe(model(MODEL_11));
    });

    it('resolves a role in the 1.1 scan to the file that (re)declares it', () => {
        const m10 = model(MODEL_10);
        const m11 = model(MODEL_11);
        const expected: Record<string, ast.Role> = {
            Ontwerper: member(m11, ast.isRole, 'Ontwerper'),
            Kwartiermaker: member(m11, ast.isRole, 'Kwartiermaker'),
            Verbinder: member(m10, ast.isRole, 'Verbinder'),
            Dirigent: member(m10, ast.isRole, 'Dirigent')
        };
        const respondents = scan(SCAN_11).members.filter(ast.isRespondent);
        expect(respondents.map(r => r.name)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
        for (const respondent of respondents) {
            const scores = respondent.parts.filter(ast.isScore);
            expect(scores.map(s => s.role.$refText)).toEqual(Object.keys(expected));
            for (const score of scores) {
                expect(score.role.ref, `${respondent.name} ${score.role.$refText}`).toBe(expected[score.role.$refText]);
            }
        }
        expect(fileOf(expected.Ontwerper)).toBe(MODEL_11);
        expect(fileOf(expected.Dirigent)).toBe(MODEL_10);
    });

    it('resolves the new party and the redeclared obstacle in the 1.1 scan to the 1.1 file', () => {
        const s = scan(SCAN_11);
        const ggz = s.members.filter(ast.isRespondent).find(r => r.party.$refText === 'jeugd_ggz');
        expect(ggz?.party.ref).toBe(member(model(MODEL_11), ast.isParty, 'jeugd_ggz'));
        const note = s.members.filter(ast.isObstacleNote).find(o => o.obstacle.$refText === 'belangenverschillen');
        expect(note?.obstacle.ref).toBe(member(model(MODEL_11), ast.isObstacle, 'belangenverschillen'));
        const inherited = s.members.filter(ast.isObstacleNote).find(o => o.obstacle.$refText === 'geen_traditie');
        expect(inherited?.obstacle.ref).toBe(member(model(MODEL_10), ast.isObstacle, 'geen_traditie'));
    });
});

/** The sections of the source report that the 1.0 model transcribes, copied verbatim into the repository. */
const SEED_REPORT = path.resolve(REPO_ROOT, 'test/fixtures/seeds/aef-2023-regieneming-excerpts.md');

interface SeedSection {
    readonly heading: string;
    /** The section's lines, tags removed and whitespace normalised. */
    readonly lines: readonly string[];
    /** Its list items, without the leading '- '. */
    readonly items: readonly string[];
}

let seedSections: SeedSection[] | undefined;

/** The seed report cut at its headings. Fails (never skips) when the report is not there. */
function seedReport(): SeedSection[] {
    if (!existsSync(SEED_REPORT)) {
        throw new Error(`The seed report is missing: expected it at ${SEED_REPORT}. `
            + 'The fidelity tests compare the example model with it and cannot pass without it.');
    }
    if (!seedSections) {
        seedSections = [];
        let current: { heading: string; lines: string[]; items: string[] } = { heading: '', lines: [], items: [] };
        seedSections.push(current);
        for (const raw of readFileSync(SEED_REPORT, 'utf8').split(/\r?\n/)) {
            const line = normalise(raw.replace(/<[^>]+>/g, ''));
            if (line.startsWith('#')) {
                current = { heading: normalise(line.replace(/^#+|\*\*/g, '')), lines: [], items: [] };
                seedSections.push(current);
            } else if (line) {
                current.lines.push(line);
                if (line.startsWith('- ')) {
                    current.items.push(line.slice(2));
                }
            }
        }
    }
    return seedSections;
}

function section(heading: RegExp): SeedSection {
    const found = seedReport().filter(s => heading.test(s.heading));
    if (found.length !== 1) {
        throw new Error(`Expected one section of the seed report with a heading like ${heading}, found ${found.length}`);
    }
    return found[0];
}

function normalise(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

/**
 * Texts compared with the report: whitespace normalised; a final period may differ (the report ends some list
 * items with one), and so may the case of the first letter (the report writes competences and uses after a
 * colon, the model as texts of their own).
 */
function comparable(text: string): string {
    const core = normalise(text).replace(/\.$/, '');
    return core.charAt(0).toLowerCase() + core.slice(1);
}

/** The rest of the list item that starts with `prefix`, or a note that there is none. */
function itemAfter(items: readonly string[], prefix: string): string {
    const found = items.filter(item => item.startsWith(prefix));
    return found.length === 1 ? found[0].slice(prefix.length) : `(${found.length} items start with '${prefix}')`;
}

describe('fidelity of version 1.0 to the seed report', () => {
    const roles = () => [...resolved(MODEL_10).items.role.values()];

    it('has the four roles of §4.3, each with exactly the actions the report lists, in its order', () => {
        expect(roles().map(r => r.name)).toEqual(['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent']);
        for (const role of roles()) {
            const listed = section(new RegExp(`^De ${role.name}$`, 'i')).items;
            expect(role.actions.map(a => comparable(a.text)), role.name).toEqual(listed.map(comparable));
        }
        expect(roles().map(r => r.actions.length)).toEqual([4, 4, 4, 5]);
    });

    it('has the core competence of each role as §4.4 gives it', () => {
        const items = section(/^4\.4 /).items;
        expect(items).toHaveLength(4);
        for (const role of roles()) {
            expect(comparable(role.competence ?? ''), role.name).toBe(comparable(itemAfter(items, `${role.name}: `)));
        }
    });

    it('has the description of each role as Bijlage 1 gives it', () => {
        const items = section(/^Bijlage 1:/).items;
        for (const role of roles()) {
            expect(comparable(role.description ?? ''), role.name).toBe(comparable(itemAfter(items, `${role.name}, `)));
        }
    });

    it('has the five labels of the scale in the order of the scheme in Bijlage 1', () => {
        const scale = resolved(MODEL_10).scale!;
        expect([scale.name, scale.min, scale.max]).toEqual(['aanwezigheid', 1, 5]);
        const row = `Mate van aanwezigheid ${scale.points.map(p => `${p.value} ${p.label}`).join(' ')}`;
        expect(scale.points).toHaveLength(5);
        expect(section(/^Schema zelfscan/).lines).toContain(row);
    });

    it('has the four uses with their description and prompts as Bijlage 1 gives them', () => {
        const items = section(/^Bijlage 1:/).items;
        const uses = [...resolved(MODEL_10).items.use.values()];
        expect(uses.map(u => u.label)).toEqual(
            ['Individueel', 'In informeel verband', 'Tussen de domeinen in de regio', "Tussen betrokkenen uit verschillende regio's"]);
        for (const use of uses) {
            const text = [use.description ?? '', ...use.prompts.map(p => p.text)].join(' ');
            expect(comparable(text), use.name).toBe(comparable(itemAfter(items, `${use.label}: `)));
        }
    });

    it('has as many obstacles as §4.1 and as many handholds as §4.2 list', () => {
        const m = resolved(MODEL_10);
        expect(m.items.obstacle.size).toBe(section(/^4\.1 /).items.length);
        expect(m.items.handhold.size).toBe(section(/^4\.2 /).items.length);
        expect([m.items.obstacle.size, m.items.handhold.size]).toEqual([6, 7]);
    });
});
