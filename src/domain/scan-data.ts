import { z } from 'zod';

/**
 * One region scan as plain data: what the language layer hands to statistics and reports, and what
 * `--json` output and the report model carry across process boundaries.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ScoreDataSchema = z.object({
    role: z.string(),
    /** null: the respondent explicitly gave no judgement (`?`). */
    value: z.number().int().nullable(),
    note: z.string().optional()
});

export const RespondentDataSchema = z.object({
    id: z.string(),
    party: z.string(),
    function: z.string().optional(),
    personName: z.string().optional(),
    interviewDate: isoDate.optional(),
    scores: z.array(ScoreDataSchema)
});

/** Who holds a role: a party of the model (with the function of the person there, if given) or a function alone. */
export const HolderDataSchema = z.object({
    party: z.string().optional(),
    function: z.string().optional()
});

/** A role with its holders, as the scan records them; no holders means the scan says that nobody holds it. */
export const RoleHoldingDataSchema = z.object({
    role: z.string(),
    holders: z.array(HolderDataSchema)
});

export const ScanDataSchema = z.object({
    region: z.string(),
    model: z.object({ name: z.string(), version: z.string() }),
    focus: z.string().optional(),
    use: z.string().optional(),
    /** The scoping: the theme of the scan and the kind of area it covers. */
    theme: z.string().optional(),
    area: z.string().optional(),
    traits: z.array(z.object({ trait: z.string(), value: z.string() })),
    obstacles: z.array(z.object({ name: z.string(), note: z.string().optional() })),
    handholds: z.array(z.object({ name: z.string(), note: z.string().optional() })),
    namesVisible: z.boolean(),
    startDate: isoDate.optional(),
    respondents: z.array(RespondentDataSchema),
    /** The roles whose holders the scan records, in the scan's order; a role it leaves out is not recorded. */
    roleHolders: z.array(RoleHoldingDataSchema),
    factsheet: z.object({
        answers: z.array(z.object({ question: z.string(), text: z.string() })),
        checkedDate: isoDate.optional()
    }).optional(),
    advice: z.string().optional(),
    feedbackDate: isoDate.optional()
});

export type ScoreData = z.infer<typeof ScoreDataSchema>;
export type RespondentData = z.infer<typeof RespondentDataSchema>;
export type HolderData = z.infer<typeof HolderDataSchema>;
export type RoleHoldingData = z.infer<typeof RoleHoldingDataSchema>;
export type ScanData = z.infer<typeof ScanDataSchema>;
