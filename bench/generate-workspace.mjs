// Writes a synthetic, valid workspace: the base model plus N region scans (.regioscan) and the same scans as
// JSON in the shape of ScanDataSchema (src/domain/scan-data.ts). Deterministic: seeded by N.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRandom } from './random.mjs';

export const MODEL_SOURCE = 'examples/model/regieneming-1.0.zelfscan';
export const MODEL_FILE = 'model/regieneming-1.0.zelfscan';

// What the base model declares; the scans only use these names, so every scan links and validates.
const ROLES = ['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'];
const FOCUSES = {
    nul_zes: { required: ['gemeente', 'jgz', 'kinderopvang', 'primair_onderwijs'], extra: ['jeugdhulp', 'swv'] },
    po_vo: { required: ['gemeente', ['swv', 'schoolbestuur'], 'jeugdhulp'], extra: ['primair_onderwijs', 'jgz', 'kinderopvang', 'schoolbestuur'] }
};
const USES = ['individueel', 'informeel', 'tussen_domeinen', 'tussen_regios'];
const TRAITS = {
    beweging: ['van_onderop', 'van_bovenaf', 'beide'],
    congruentie: ['congruent', 'discongruent'],
    schaalniveau: ['enkele_scholen', 'gemeente', 'subregio', 'regio']
};
const OBSTACLES = ['gefragmenteerd_veld', 'belangenverschillen', 'systemen', 'geen_traditie', 'samenwerkingsvaardigheden', 'losse_doelen'];
const HANDHOLDS = ['imperfecte_wereld', 'lokaal_beginnen', 'lokale_urgenties', 'groepje_trekkers', 'horizontaal_verticaal', 'bewezen_methodiek', 'niet_verantwoordelijk'];

const PLACES = ['Noord', 'Zuid', 'Oost', 'West', 'Midden', 'Achterhoek', 'Twente', 'Drenthe', 'Friesland', 'Kennemerland',
    'Rijnmond', 'Haaglanden', 'Zaanstreek', 'Westfriesland', 'Gooi en Vechtstreek', 'Holland Rijnland', 'Zeeland', 'Brabant Noordoost',
    'Midden-Limburg', 'Zuid-Limburg', 'IJsselland', 'Flevoland', 'Amstelland', 'Rivierenland', 'Food Valley', 'Hart van Brabant'];
const FUNCTIONS = {
    gemeente: ['Beleidsadviseur onderwijs', 'Beleidsmedewerker jeugd', 'Wethouder jeugd en onderwijs', 'Accountmanager sociaal domein'],
    jgz: ['Jeugdarts', 'Jeugdverpleegkundige', 'Teamleider JGZ'],
    kinderopvang: ['Directeur kinderopvang', 'Pedagogisch coach', 'Locatiemanager'],
    primair_onderwijs: ['Schooldirecteur', 'Intern begeleider', 'Bovenschools directeur'],
    swv: ['Directeur samenwerkingsverband', 'Beleidsmedewerker passend onderwijs', 'Orthopedagoog'],
    schoolbestuur: ['Bestuurder', 'Beleidsmedewerker kwaliteit', 'Voorzitter college van bestuur'],
    jeugdhulp: ['Teamleider CJG', 'Gedragswetenschapper', 'Manager jeugdhulp']
};
const PERSONS = ['Anouk de Vries', 'Bram Jansen', 'Carla Bakker', 'Daan Visser', 'Esra Yilmaz', 'Floor Smit', 'Gijs Mulder',
    'Hanna de Boer', 'Ibrahim El Amrani', 'Joost Dekker', 'Karin Peters', 'Lotte Hendriks', 'Mohamed Bouzid', 'Noor van Dijk'];
const SCORE_NOTES = ['Ziet goed waar de urgentie zit, maar vertaalt dat nog weinig naar een aanpak.',
    'Duidelijk aanwezig in de werkgroep.', 'Weinig informeel contact tussen de partners.', 'Wordt vooral door de gemeente ingevuld.',
    'Afhankelijk van een paar personen.', 'Het bestuurlijk overleg komt nauwelijks aan deze rol toe.',
    'Goede voorbeelden uit andere regio\'s worden actief opgehaald.', 'Routines zijn er, maar nog niet vastgelegd.',
    'Partners weten elkaar te vinden bij concrete casussen.', 'Escalatie naar bestuurlijk niveau gebeurt pas laat.'];
const SENTENCES = ['Er is een gezamenlijk loket voor vragen van ouders en scholen.',
    'De gemeente en het samenwerkingsverband hebben een gezamenlijke agenda opgesteld.',
    'Op twee scholen werkt een jeugdhulpverlener een dag per week mee in het team.',
    'Het bestuurlijk overleg komt vier keer per jaar bijeen, maar de werkvloer merkt daar weinig van.',
    'De regie ligt feitelijk bij een kleine groep trekkers uit verschillende organisaties.',
    'Nieuwe partners worden vooral via persoonlijke contacten betrokken.',
    'Opvallend is de informele toon in de overleggen en het onderlinge vertrouwen.',
    'De werkgebieden van de partners vallen niet samen, wat afstemming lastig maakt.',
    'Er is weinig zicht op de resultaten voor kinderen en gezinnen.',
    'Een bewezen werkwijze uit een buurregio is overgenomen en aangepast.',
    'De rol van Verbinder is sterk aanwezig, de rol van Dirigent minder.',
    'Afspraken worden wel gemaakt, maar niet altijd vastgelegd of gevolgd.',
    'Bij stagnatie wordt het probleem teruggelegd bij de partners.',
    'De kinderopvang is nog nauwelijks aangesloten bij de overleggen.',
    'Schoolbesturen verschillen in de mate waarin zij de samenwerking steunen.',
    'Informatie-uitwisseling loopt vast op de verschillende systemen van de partners.'];
const ADVICE = ['Investeer in de rol van Dirigent door het bestuurlijk overleg een vaste agenda te geven.',
    'Leg de werkwijze van de trekkers vast, zodat die niet afhangt van enkele personen.',
    'Betrek de kinderopvang structureel bij het overleg over de overgang naar het primair onderwijs.',
    'Maak de resultaten voor kinderen en gezinnen zichtbaar en bespreek die jaarlijks met de bestuurders.',
    'Begin lokaal op twee scholen en verbreed pas daarna naar de hele regio.',
    'Zorg dat de gemeente en het samenwerkingsverband één aanspreekpunt aanwijzen.'];

/** Writes the workspace for `count` scans into `folder` (emptied first) and returns its size. */
export function generateWorkspace(folder, count, repoRoot) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(path.join(folder, 'model'), { recursive: true });
    mkdirSync(path.join(folder, 'scans'), { recursive: true });
    mkdirSync(path.join(folder, 'json'), { recursive: true });
    copyFileSync(path.join(repoRoot, MODEL_SOURCE), path.join(folder, MODEL_FILE));
    const random = createRandom(0x5ca17 + count);
    let lines = 0;
    let bytes = 0;
    for (let i = 1; i <= count; i++) {
        const name = `scan-${String(i).padStart(5, '0')}`;
        const data = scanData(random, i);
        const text = scanText(data);
        lines += text.split('\n').length - 1;
        bytes += Buffer.byteLength(text);
        writeFileSync(path.join(folder, 'scans', `${name}.regioscan`), text);
        writeFileSync(path.join(folder, 'json', `${name}.json`), JSON.stringify(data, null, 2) + '\n');
    }
    return { scans: count, averageLines: lines / count, averageBytes: bytes / count };
}

/**
 * Writes a workspace with one scan of at least `targetBytes` (the base model, and the same scan as JSON): an
 * ordinary scan whose respondents go on (R1, R2, …) until the file is that large. Valid, with one warning
 * (more interviews than the model's range).
 */
export function generateBigScan(folder, targetBytes, repoRoot) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(path.join(folder, 'model'), { recursive: true });
    mkdirSync(path.join(folder, 'scans'), { recursive: true });
    mkdirSync(path.join(folder, 'json'), { recursive: true });
    copyFileSync(path.join(repoRoot, MODEL_SOURCE), path.join(folder, MODEL_FILE));
    const random = createRandom(0xb16);
    const data = scanData(random, 1);
    const template = data.respondents;
    const base = Buffer.byteLength(scanText(data));
    const perRespondent = (Buffer.byteLength(scanText({ ...data, respondents: [...template, ...template] })) - base) / template.length;
    const count = template.length + Math.ceil(Math.max(0, targetBytes - base) / perRespondent);
    data.respondents = Array.from({ length: count }, (_, i) => ({ ...template[i % template.length], id: `R${i + 1}` }));
    const text = scanText(data);
    writeFileSync(path.join(folder, 'scans', 'groot.regioscan'), text);
    writeFileSync(path.join(folder, 'json', 'groot.json'), JSON.stringify(data, null, 2) + '\n');
    return { bytes: Buffer.byteLength(text), lines: text.split('\n').length - 1, respondents: count };
}

/** One scan as ScanData; key order and optional fields as `buildScanData` produces them. */
function scanData(random, index) {
    const focus = random.pick(Object.keys(FOCUSES));
    const parties = partiesFor(random, FOCUSES[focus]);
    const namesVisible = random.chance(0.2);
    let day = dayNumber(random.int(2022, 2025), random.int(1, 12), random.int(1, 28));
    const startDate = isoDate(day);
    const respondents = parties.map((party, r) => {
        day += random.int(2, 8);
        return compact({
            id: `R${r + 1}`,
            party,
            function: random.chance(0.85) ? random.pick(FUNCTIONS[party]) : undefined,
            personName: namesVisible ? random.pick(PERSONS) : undefined,
            interviewDate: random.chance(0.5) ? isoDate(day) : undefined,
            scores: ROLES.map(role => compact({
                role,
                value: random.chance(0.05) ? null : random.int(1, 5),
                note: random.chance(0.4) ? random.pick(SCORE_NOTES) : undefined
            }))
        });
    });
    day += random.int(7, 20);
    const checkedDate = isoDate(day);
    day += random.int(5, 14);
    return compact({
        region: `Regio ${random.pick(PLACES)} ${index}`,
        model: { name: 'Regieneming', version: '1.0' },
        focus,
        use: random.chance(0.7) ? random.pick(USES) : undefined,
        traits: Object.entries(TRAITS).map(([trait, values]) => ({ trait, value: random.pick(values) })),
        obstacles: random.sample(OBSTACLES, random.int(0, 2)).map(name => compact({ name, note: random.chance(0.5) ? sentences(random, 1, 2) : undefined })),
        handholds: random.sample(HANDHOLDS, random.int(0, 2)).map(name => compact({ name, note: random.chance(0.3) ? sentences(random, 1, 1) : undefined })),
        namesVisible,
        startDate,
        respondents,
        // The generated scans record no role holders, which the tool reads as an empty list.
        roleHolders: [],
        factsheet: { answers: ['a', 'b', 'c', 'd'].map(question => ({ question, text: sentences(random, 2, 4) })), checkedDate },
        advice: random.sample(ADVICE, random.int(2, 3)).join(' '),
        feedbackDate: isoDate(day)
    });
}

/** The interviewed parties: every requirement met once (one of its alternatives), sometimes one extra party. */
function partiesFor(random, focus) {
    const parties = focus.required.map(req => Array.isArray(req) ? random.pick(req) : req);
    const extras = focus.extra.filter(p => !parties.includes(p));
    parties.push(...random.sample(extras, random.chance(0.3) ? 1 : 0));
    return parties;
}

function scanText(scan) {
    const out = [`regioscan ${str(scan.region)} {`, `    model ${scan.model.name} versie ${scan.model.version}`, `    focus ${scan.focus}`];
    if (scan.use) out.push(`    gebruik ${scan.use}`);
    for (const t of scan.traits) out.push(`    kenmerk ${t.trait} ${t.value}`);
    for (const o of scan.obstacles) out.push(`    knelpunt ${o.name}${o.note ? ' ' + str(o.note) : ''}`);
    for (const h of scan.handholds) out.push(`    houvast ${h.name}${h.note ? ' ' + str(h.note) : ''}`);
    if (scan.namesVisible) out.push('    namen tonen');
    out.push(`    startgesprek ${scan.startDate}`);
    for (const r of scan.respondents) {
        out.push(`    respondent ${r.id} partij ${r.party}${r.function ? ' ' + str(r.function) : ''} {`);
        if (r.personName) out.push(`        naam ${str(r.personName)}`);
        if (r.interviewDate) out.push(`        interview ${r.interviewDate}`);
        for (const s of r.scores) out.push(`        ${s.role} ${s.value ?? '?'}${s.note ? ' ' + str(s.note) : ''}`);
        out.push('    }');
    }
    out.push('    factsheet {');
    for (const a of scan.factsheet.answers) out.push(`        antwoord ${a.question} ${str(a.text)}`);
    out.push(`        getoetst ${scan.factsheet.checkedDate}`, '    }');
    out.push(`    advies ${str(scan.advice)}`, `    terugkoppeling ${scan.feedbackDate}`, '}', '');
    return out.join('\n');
}

function sentences(random, min, max) {
    return random.sample(SENTENCES, random.int(min, max)).join(' ');
}

function str(text) {
    return `"${text.replace(/["\\]/g, c => '\\' + c)}"`;
}

/** Drops undefined fields, as JSON would. */
function compact(object) {
    return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

function dayNumber(year, month, day) {
    return Date.UTC(year, month - 1, day) / 86_400_000;
}

function isoDate(day) {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
