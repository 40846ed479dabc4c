import type { ResolvedModel } from './resolved-model.js';
import { slug } from './slug.js';

/**
 * What a new region scan needs to know of a model version. Plain data, so that the editor (which receives it
 * from the language server) and the command line (which resolves the model itself) build the same text.
 */
export interface SkeletonModel {
    readonly name: string;
    readonly version: string;
    readonly roles: readonly string[];
    readonly focuses: ReadonlyArray<{
        readonly name: string;
        readonly label: string;
        /** Every entry must be interviewed; an entry with several names is satisfied by any one of them. */
        readonly requirements: ReadonlyArray<readonly string[]>;
    }>;
    readonly questions: ReadonlyArray<{ readonly name: string; readonly text: string }>;
}

/** The part of a resolved model version that a skeleton uses, in model order. */
export function skeletonModel(model: ResolvedModel): SkeletonModel {
    return {
        name: model.key.name,
        version: model.key.version,
        roles: [...model.items.role.keys()],
        focuses: [...model.items.focus.values()].map(({ name, label, requirements }) => ({ name, label, requirements })),
        questions: [...model.items.question.values()].map(({ name, text }) => ({ name, text }))
    };
}

/** A respondent written into a scan text: the skeleton's placeholders, or the rows of an imported spreadsheet. */
export interface SkeletonRespondent {
    readonly id: string;
    readonly party: string;
    readonly function?: string;
    readonly personName?: string;
    readonly interviewDate?: string;
    /** null: `?`, no judgement. */
    readonly scores: ReadonlyArray<{ readonly role: string; readonly value: number | null; readonly note?: string }>;
    /** A comment line above the respondent. */
    readonly comment?: string;
}

/** One line of a scan text and what it states, so that a finding on the line can be traced to its source. */
export interface ScanTextLine {
    readonly text: string;
    /** Index of the respondent the line belongs to. */
    readonly respondent?: number;
    /** `kop`: the `respondent … partij …` line. */
    readonly part?: 'kop' | 'naam' | 'interview' | 'score';
    readonly role?: string;
}

/**
 * The text of a new region scan: the model version and focus chosen, one respondent per party the focus
 * requires (the first of alternatives, the others named in a comment) with every role of the model scored `?`,
 * and an empty answer per factsheet question.
 */
export function scanSkeleton(model: SkeletonModel, region: string, focusName: string | undefined, indent = '    '): string {
    const focus = model.focuses.find(f => f.name === focusName);
    const requirements = focus?.requirements.filter(alternatives => alternatives.length > 0) ?? [];
    const respondents = requirements.map(([party, ...others], index): SkeletonRespondent => ({
        id: `R${index + 1}`,
        party,
        scores: model.roles.map(role => ({ role, value: null })),
        comment: others.length > 0 ? `of: ${others.join(', ')}` : undefined
    }));
    return scanTextLines(model, region, focusName, respondents, { indent }).map(line => line.text).join('\n') + '\n';
}

/**
 * The lines of a scan with the given respondents, in the canonical layout: the header, the model version and
 * focus (and `namen tonen` when asked), the respondents, and an empty answer per factsheet question.
 */
export function scanTextLines(model: SkeletonModel, region: string, focusName: string | undefined,
    respondents: readonly SkeletonRespondent[], options: { readonly indent?: string; readonly namesVisible?: boolean } = {}): ScanTextLine[] {
    const indent = options.indent ?? '    ';
    const focus = model.focuses.find(f => f.name === focusName);
    const lines: ScanTextLine[] = [];
    const add = (text: string, where: Omit<ScanTextLine, 'text'> = {}) => lines.push({ text, ...where });
    add(`regioscan ${quote(region)} {`);
    add(`${indent}model ${model.name} versie ${model.version}`);
    if (focus) {
        add(`${indent}focus ${focus.name}`);
    }
    if (options.namesVisible) {
        add(`${indent}namen tonen`);
    }
    respondents.forEach((r, respondent) => {
        add('');
        if (r.comment !== undefined) {
            add(`${indent}// ${r.comment}`);
        }
        add(`${indent}respondent ${r.id} partij ${r.party}${r.function !== undefined ? ` ${quote(r.function)}` : ''} {`, { respondent, part: 'kop' });
        if (r.personName !== undefined) {
            add(`${indent}${indent}naam ${quote(r.personName)}`, { respondent, part: 'naam' });
        }
        if (r.interviewDate !== undefined) {
            add(`${indent}${indent}interview ${r.interviewDate}`, { respondent, part: 'interview' });
        }
        for (const score of r.scores) {
            const note = score.note !== undefined ? ` ${quote(score.note)}` : '';
            add(`${indent}${indent}${score.role} ${score.value ?? '?'}${note}`, { respondent, part: 'score', role: score.role });
        }
        add(`${indent}}`, { respondent });
    });
    if (model.questions.length > 0) {
        add('');
        add(`${indent}factsheet {`);
        for (const question of model.questions) {
            add(`${indent}${indent}// ${question.text}`);
            add(`${indent}${indent}antwoord ${question.name} ""`);
        }
        add(`${indent}}`);
    }
    add('}');
    return lines;
}

/** A file name for a region: lower case, accents dropped, words joined by hyphens. */
export function scanFileName(region: string): string {
    return `${slug(region, 'regio')}.regioscan`;
}

function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
