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

export const ScanDataSchema = z.object({
    region: z.string(),
    model: z.object({ name: z.string(), version: z.string() }),
    focus: z.string().optional(),
    use: z.string().optional(),
    traits: z.array(z.object({ trait: z.string(), value: z.string() })),
    obstacles: z.array(z.object({ name: z.string(), note: z.string().optional() })),
    handholds: z.array(z.object({ name: z.string(), note: z.string().optional() })),
    namesVisible: z.boolean(),
    startDate: isoDate.optional(),
    respondents: z.array(RespondentDataSchema),
    factsheet: z.object({
        answers: z.array(z.object({ question: z.string(), text: z.string() })),
        checkedDate: isoDate.optional()
    }).optional(),
    advice: z.string().optional(),
    feedbackDate: isoDate.optional()
});

export type ScoreData = z.infer<typeof ScoreDataSchema>;
export type RespondentData = z.infer<typeof RespondentDataSchema>;
export type ScanData = z.infer<typeof ScanDataSchema>;
