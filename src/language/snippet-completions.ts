import type { ResolvedModel } from '../domain/resolved-model.js';
import { scanSkeleton, skeletonModel } from '../domain/scan-skeleton.js';
import { splitTrailingNumber } from '../domain/trailing-number.js';

/**
 * Snippet texts (LSP snippet syntax) built from the model a file names, so that a snippet offers the roles,
 * parties and scale of that model and stands only where its first keyword can stand. The indentation is the
 * canonical one; the client adds the indentation of the line the snippet is inserted on.
 */

const INDENT = '    ';

/** Literal text inside a snippet: `$`, `}` and `\` would otherwise start or end placeholders. */
export const snippetText = (text: string) => text.replace(/[$}\\]/g, c => `\\${c}`);

/** A choice placeholder; commas, pipes and backslashes in options are escaped as the snippet syntax asks. */
const choice = (tabStop: number, options: readonly string[]) =>
    `\${${tabStop}|${options.map(o => o.replace(/[,|\\]/g, c => `\\${c}`)).join(',')}|}`;

/**
 * A respondent of a scan on `model`: id, a choice of the model's parties, a function, the interview date and one
 * score line per role in the model's order, each a choice of the scale's points or `?`.
 */
export function respondentSnippet(model: ResolvedModel, respondentId: string, today: string): string {
    const parties = [...model.items.party.keys()];
    const points = [...(model.scale?.points ?? [])].sort((a, b) => a.value - b.value).map(p => String(p.value));
    let tabStop = 1;
    const lines = [
        `respondent \${${tabStop++}:${snippetText(respondentId)}} partij ${parties.length > 0 ? choice(tabStop++, parties) : `\${${tabStop++}:partij}`} "\${${tabStop++}:Functie}" {`,
        `${INDENT}interview \${${tabStop++}:${today}}`,
        ...[...model.items.role.keys()].map(role => `${INDENT}${snippetText(role)} ${choice(tabStop++, [...points, '?'])}`),
        '}'
    ];
    return lines.join('\n');
}

/** A new scan on `model`: the skeleton of the "Nieuwe regioscan" command, with the region name as first placeholder. */
export function scanSnippet(model: ResolvedModel): string {
    const skeleton = skeletonModel(model);
    // A region name no model item can contain, replaced by the placeholder once the text is escaped.
    const marker = 'REGIO_PLAATSHOUDER';
    const text = scanSkeleton(skeleton, marker, skeleton.focuses[0]?.name, INDENT).trimEnd();
    return snippetText(text).replace(`"${marker}"`, '"${1:Regio}"');
}

/** A role of a model: name, description, competence and a first action. */
export function roleSnippet(): string {
    return [
        'rol ${1:Naam} {',
        `${INDENT}omschrijving "\${2:Wat doet deze rol?}"`,
        `${INDENT}competentie "\${3:Kerncompetentie}"`,
        `${INDENT}actie \${4:actie_naam} "\${5:Een actie die bij de rol past}"`,
        '}'
    ].join('\n');
}

/** A new version that extends `base`, written the way a model file names versions. */
export function extensionSnippet(base: { name: string; version: string }): string {
    const next = nextVersion(base.version);
    return [
        `model ${snippetText(base.name)} versie \${1:${next}} breidt ${snippetText(base.name)} versie ${snippetText(base.version)} uit {`,
        `${INDENT}titel "\${2:Na de ontwerpsessie}"`,
        `${INDENT}$0`,
        '}'
    ].join('\n');
}

/** A new model from scratch: a scale of five points with its rules, one role, one party and one focus to start from. */
export function modelSnippet(): string {
    return [
        'model ${1:Regieneming} versie ${2:1.0} {',
        `${INDENT}titel "\${3:Zelfscan regieneming}"`,
        '',
        `${INDENT}schaal \${4:aanwezigheid} 1..5 {`,
        ...['Niet of nauwelijks aanwezig', 'Incidenteel aanwezig', 'Regelmatig aanwezig', 'Redelijk aanwezig', 'Ruim aanwezig']
            .map((label, i) => `${INDENT}${INDENT}${i + 1} "${label}"`),
        `${INDENT}}`,
        // What the scale's figures mean is model data too; these are the values the example model states.
        `${INDENT}zwak tot en met 2`,
        `${INDENT}onenigheid vanaf spreiding 2`,
        `${INDENT}afronding half naar boven`,
        `${INDENT}standaarddeviatie populatie`,
        '',
        ...roleSnippet().replace(/\$\{(\d)/g, (_, n: string) => `\${${Number(n) + 4}`).split('\n').map(line => INDENT + line),
        '',
        `${INDENT}partij \${10:gemeente} "\${11:Gemeente}"`,
        '',
        `${INDENT}focus \${12:po_vo} "\${13:Omschrijving van de focus}" {`,
        `${INDENT}${INDENT}vereist \${10:gemeente}`,
        `${INDENT}}`,
        '$0',
        '}'
    ].join('\n');
}

/** `1.1` → `1.2`; a version that does not end in a number gets `.1`. */
export function nextVersion(version: string): string {
    const split = splitTrailingNumber(version);
    return split ? `${split.prefix}${Number(split.digits) + 1}` : `${version}.1`;
}
