import type { ModelKey } from './model-definition.js';

/** Why a report cannot be made from the given input, as data; src/report/refusal-texts.ts words it. */
export type ReportRefusal =
    | { readonly kind: 'no-scale'; readonly model: ModelKey }
    | { readonly kind: 'invalid-scale'; readonly model: ModelKey; readonly scale: string; readonly min: number; readonly max: number; readonly maxPoints: number }
    | { readonly kind: 'mixed-models'; readonly models: readonly { readonly name: string; readonly regions: readonly string[] }[] }
    | { readonly kind: 'mixed-scales'; readonly model: string; readonly scales: readonly { readonly name: string; readonly min: number; readonly max: number; readonly versions: readonly string[] }[] }
    | { readonly kind: 'mixed-scale-rules'; readonly model: string; readonly versionGroups: readonly (readonly string[])[] }
    | { readonly kind: 'too-few-regions'; readonly minimum: number; readonly given: number }
    | { readonly kind: 'no-rounding'; readonly model: string }
    | { readonly kind: 'minimum-below-model'; readonly asked: number; readonly own: number; readonly model: string };

/**
 * A report that cannot be made from the given input, for a reason the user can fix (too few scans for an
 * anonymous comparison, a model without a scale, …). It carries the reason as data; the front ends word it.
 */
export class ReportError extends Error {
    override readonly name = 'ReportError';

    constructor(readonly refusal: ReportRefusal) {
        super(`report refused: ${refusal.kind}`);
    }

    /** `gebruik` when how the report was asked for is the problem (a minimum below the model's), not the files. */
    get refusalReason(): 'invoer' | 'gebruik' {
        return this.refusal.kind === 'minimum-below-model' ? 'gebruik' : 'invoer';
    }
}
