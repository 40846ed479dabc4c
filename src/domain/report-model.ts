import { z } from 'zod';
import { DEVIATION_KINDS, ROUNDINGS } from './model-definition.js';

/**
 * The report model: everything any report shows, as plain data. It is computed once, in the domain layer,
 * from a resolved model and validated scans; the HTML and Markdown renderers and the editor preview only
 * format it. It is exported as JSON, so each shape has a zod schema.
 */

export const ReportLanguageSchema = z.enum(['nl', 'en']);
export type ReportLanguage = z.infer<typeof ReportLanguageSchema>;

const ModelRefSchema = z.object({ name: z.string(), version: z.string(), title: z.string().optional() });

/** The rules the model states for its scale (see ScaleRules); one it leaves out is absent, and so is what needs it. */
export const ScaleRulesSchema = z.object({
    weakAtMost: z.number().int().optional(),
    disagreementFrom: z.number().int().optional(),
    rounding: z.enum(ROUNDINGS).optional(),
    deviation: z.enum(DEVIATION_KINDS).optional()
});

export const ScaleSchema = z.object({
    name: z.string(),
    min: z.number().int(),
    max: z.number().int(),
    points: z.array(z.object({ value: z.number().int(), label: z.string() })),
    rules: ScaleRulesSchema
});

export const RoleInfoSchema = z.object({
    name: z.string(),
    description: z.string().optional(),
    competence: z.string().optional(),
    actions: z.array(z.object({ name: z.string(), text: z.string() }))
});

/** Statistics of one role over the scores given (a `?` is not a score). Null where there are no scores. */
export const RoleStatisticsSchema = z.object({
    role: z.string(),
    count: z.number().int(),
    mean: z.number().nullable(),
    median: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    spread: z.number().nullable(),
    /** The standard deviation of the kind the scale's rules name (population or sample). */
    standardDeviation: z.number().nullable(),
    /** The scale point nearest to the mean (a half as the scale's rounding rule says), and its label. */
    roundedMean: z.number().int().nullable(),
    meanLabel: z.string().nullable()
});

export const FlagSchema = z.discriminatedUnion('kind', [
    /** Respondents are as many points apart on a role as the scale's disagreement rule names, or more. */
    z.object({ kind: z.literal('onenigheid'), role: z.string(), min: z.number(), max: z.number(), spread: z.number() }),
    /** The mean is at or below the scale's weak threshold; the role's actions are offered as suggestions. */
    z.object({ kind: z.literal('zwak-aanwezig'), role: z.string(), mean: z.number(), threshold: z.number(), suggestions: z.array(z.string()) }),
    z.object({ kind: z.literal('partij-ontbreekt'), missing: z.array(z.array(z.object({ name: z.string(), label: z.string() }))) }),
    z.object({ kind: z.literal('aantal-interviews'), count: z.number().int(), min: z.number().int(), max: z.number().int() }),
    z.object({ kind: z.literal('doorlooptijd'), days: z.number().int(), start: z.string(), end: z.string(), deadline: z.string(), maximum: z.string() }),
    /** The scan records that nobody holds the role (`Dirigent niemand`): a finding of its own. */
    z.object({ kind: z.literal('geen-houder'), role: z.string() })
]);

/** A label of the model with its name: a focus, a theme or an area. */
const NamedLabelSchema = z.object({ name: z.string(), label: z.string() });

export const RegionReportSchema = z.object({
    kind: z.literal('regio'),
    region: z.string(),
    model: ModelRefSchema,
    focus: NamedLabelSchema.optional(),
    /** The scoping of the scan: its theme and the kind of area it covers. */
    theme: NamedLabelSchema.optional(),
    area: NamedLabelSchema.optional(),
    period: z.object({ start: z.string().optional(), end: z.string().optional() }),
    scale: ScaleSchema,
    roles: z.array(RoleInfoSchema),
    respondents: z.array(z.object({
        id: z.string(),
        party: z.string(),
        partyLabel: z.string(),
        function: z.string().optional(),
        /** Only present when the scan asks for names to be shown. */
        personName: z.string().optional(),
        interviewDate: z.string().optional(),
        /**
         * One entry per role of the model, in model order; null for `?` or no score. `offScale`: the value is no
         * point of the scale (only in the editor's preview of a scan with errors); it counts in no figure.
         */
        scores: z.array(z.object({
            role: z.string(), value: z.number().nullable(), note: z.string().optional(), offScale: z.literal(true).optional()
        }))
    })),
    statistics: z.array(RoleStatisticsSchema),
    /**
     * Per role of the model, in model order: who holds it. `houders`: the holders named; `niemand`: the scan says
     * nobody does; `niet-vastgelegd`: the scan does not say. A holder is a party (with the function of the person
     * there, when given) or a function alone.
     */
    roleHolders: z.array(z.object({
        role: z.string(),
        state: z.enum(['houders', 'niemand', 'niet-vastgelegd']),
        holders: z.array(z.object({ party: z.string().optional(), partyLabel: z.string().optional(), function: z.string().optional() }))
    })),
    byParty: z.array(z.object({
        party: z.string(),
        partyLabel: z.string(),
        roles: z.array(z.object({ role: z.string(), scores: z.array(z.number()), mean: z.number().nullable() }))
    })),
    flags: z.array(FlagSchema),
    characteristics: z.array(z.object({ trait: z.string(), traitLabel: z.string(), value: z.string(), valueLabel: z.string() })),
    obstacles: z.array(z.object({ name: z.string(), label: z.string(), note: z.string().optional() })),
    handholds: z.array(z.object({ name: z.string(), label: z.string(), note: z.string().optional() })),
    factsheet: z.object({
        answers: z.array(z.object({ question: z.string(), text: z.string(), answer: z.string().optional() })),
        checkedDate: z.string().optional()
    }),
    advice: z.string().optional(),
    use: z.object({ name: z.string(), label: z.string(), description: z.string().optional() }).optional(),
    prompts: z.array(z.object({ name: z.string(), text: z.string() }))
});

export const ComparisonReportSchema = z.object({
    kind: z.literal('vergelijking'),
    anonymous: z.boolean(),
    /** The one model every scan uses (scans of different models are refused). */
    model: z.object({ name: z.string() }),
    /** The roles every version used has, by their names in the newest version, in its order. */
    roles: z.array(z.string()),
    /** Roles only some versions have: named, not compared. */
    partialRoles: z.array(z.string()),
    /** The scale every version shares (versions with another scale or other rules are refused); absent without scans. */
    scale: ScaleSchema.optional(),
    /** One row per scan; empty in the anonymised comparison, which has no per-region figure. */
    regions: z.array(z.object({
        label: z.string(),
        model: z.object({ name: z.string(), version: z.string() }),
        /** The focus's label. */
        focus: z.string().optional(),
        respondentCount: z.number().int(),
        /** One entry per role of `roles`. */
        statistics: z.array(RoleStatisticsSchema)
    })),
    /**
     * Per compared role, over all regions (each once, its latest scan): how many record that nobody holds it, how
     * many name holders, how many record nothing. Counts only; the regions that record nobody are named only in
     * the comparison that is not anonymised.
     */
    roleHolders: z.object({
        regionCount: z.number().int(),
        roles: z.array(z.object({
            role: z.string(),
            nobody: z.number().int(),
            held: z.number().int(),
            unrecorded: z.number().int(),
            nobodyIn: z.array(z.string()).optional()
        }))
    }),
    /** Only in the anonymised comparison: counts over all regions, each region once. */
    anonymity: z.object({
        minimumGroupSize: z.number().int(),
        regionCount: z.number().int(),
        distributions: z.array(z.object({
            role: z.string(),
            /** Per scale point, how many regions' mean rounds to it by the scale's rounding rule. */
            bands: z.array(z.object({ value: z.number().int(), regions: z.number().int() })),
            /** Regions without any score for the role. */
            unscored: z.number().int()
        }))
    }).optional()
});

export const BlankFormSchema = z.object({
    kind: z.literal('formulier'),
    model: ModelRefSchema,
    sourceText: z.string().optional(),
    scale: ScaleSchema,
    roles: z.array(RoleInfoSchema),
    uses: z.array(z.object({
        name: z.string(), label: z.string(), description: z.string().optional(),
        prompts: z.array(z.object({ name: z.string(), text: z.string() }))
    })),
    questions: z.array(z.object({ name: z.string(), text: z.string() }))
});

export const CHANGE_KINDS = ['toegevoegd', 'gewijzigd', 'hernoemd', 'vervallen'] as const;

/** What a detail of a change is about; src/report/change-texts.ts words each in Dutch and English. */
export const CHANGE_FIELDS = [
    'titel', 'bron', 'schaal', 'schaalnaam', 'bereik', 'punt', 'zwak', 'onenigheid', 'afronding', 'standaarddeviatie', 'interviews', 'doorlooptijd', 'versie', 'basis',
    'omschrijving', 'competentie', 'actie', 'reflectie', 'waarde', 'benaming', 'vereiste-partijen', 'vraagtekst'
] as const;

/** A value before or after a change: a text, a duration or a model version. */
export const ChangeValueSchema = z.union([
    z.string(),
    z.object({ amount: z.number().int(), unit: z.enum(['dagen', 'weken', 'maanden']) }),
    z.object({ name: z.string(), version: z.string() })
]);

export const ChangeDetailSchema = z.object({
    field: z.enum(CHANGE_FIELDS),
    change: z.enum(CHANGE_KINDS),
    /** The part concerned: an action, prompt or trait value (its new name when renamed), or a scale point. */
    name: z.string().optional(),
    /** Short values only; for long texts (descriptions, question texts) the detail only says that it changed. */
    before: ChangeValueSchema.optional(),
    after: ChangeValueSchema.optional()
});

export const ChangeSchema = z.object({
    /** role, party, focus, question, use, obstacle, handhold, trait (model order), or 'instelling' for the
     *  model-wide settings: name 'titel', 'bron', 'schaal', a scale rule ('zwak', 'onenigheid', 'afronding',
     *  'standaarddeviatie'), 'interviews', 'doorlooptijd' (and in a diff of two
     *  files 'versie' and 'basis', the version it extends). */
    kind: z.string(),
    /** The name in the new version. */
    name: z.string(),
    change: z.enum(CHANGE_KINDS),
    /** The old name, for a renamed item. */
    before: z.string().optional(),
    /** What changed, in model order, e.g. { field: 'actie', change: 'toegevoegd', name: 'escalatie' }. */
    details: z.array(ChangeDetailSchema)
});

export const ChangelogSchema = z.object({
    kind: z.literal('changelog'),
    model: ModelRefSchema,
    base: ModelRefSchema.optional(),
    changes: z.array(ChangeSchema)
});

export type RoleStatistics = z.infer<typeof RoleStatisticsSchema>;
export type ReportScale = z.infer<typeof ScaleSchema>;
export type Flag = z.infer<typeof FlagSchema>;
export type RegionReport = z.infer<typeof RegionReportSchema>;
export type ComparisonReport = z.infer<typeof ComparisonReportSchema>;
export type BlankForm = z.infer<typeof BlankFormSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type ChangeDetail = z.infer<typeof ChangeDetailSchema>;
export type ChangeValue = z.infer<typeof ChangeValueSchema>;
export type Changelog = z.infer<typeof ChangelogSchema>;
