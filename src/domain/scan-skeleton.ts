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

/**
 * The text of a new region scan: the model version and focus chosen, one respondent per party the focus
 * requires (the first of alternatives, the others named in a comment) with every role of the model scored `?`,
 * and an empty answer per factsheet question.
 */
export function scanSkeleton(model: SkeletonModel, region: string, focusName: string | undefined, indent = '    '): string {
    const focus = model.focuses.find(f => f.name === focusName);
    const lines: string[] = [];
    lines.push(`regioscan ${quote(region)} {`);
    lines.push(`${indent}model ${model.name} versie ${model.version}`);
    if (focus) {
        lines.push(`${indent}focus ${focus.name}`);
    }
    const requirements = focus?.requirements.filter(alternatives => alternatives.length > 0) ?? [];
    requirements.forEach((alternatives, index) => {
        const [party, ...others] = alternatives;
        lines.push('');
        if (others.length > 0) {
            lines.push(`${indent}// of: ${others.join(', ')}`);
        }
        lines.push(`${indent}respondent R${index + 1} partij ${party} {`);
        for (const role of model.roles) {
            lines.push(`${indent}${indent}${role} ?`);
        }
        lines.push(`${indent}}`);
    });
    if (model.questions.length > 0) {
        lines.push('');
        lines.push(`${indent}factsheet {`);
        for (const question of model.questions) {
            lines.push(`${indent}${indent}// ${question.text}`);
            lines.push(`${indent}${indent}antwoord ${question.name} ""`);
        }
        lines.push(`${indent}}`);
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

/** A file name for a region: lower case, accents dropped, words joined by hyphens. */
export function scanFileName(region: string): string {
    return `${slug(region, 'regio')}.regioscan`;
}

function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
