import { z } from 'zod';
import { ReportLanguageSchema } from '../domain/report-model.js';

/**
 * The custom requests between the VS Code extension and the language server, as plain data. Both sides
 * import this file (it knows neither Langium nor VS Code), and both validate what they receive.
 */

export const ReportFormatSchema = z.enum(['html', 'md']);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

/** `zelfscan/rapport`: the report of one file, rendered by the same functions the command line uses. */
export const REPORT_REQUEST = 'zelfscan/rapport';

export const ReportKindSchema = z.enum([
    /** A scan's region report; for a model file the changelog against the version it extends. */
    'standaard',
    /** The changelog of a model file against the version it extends. */
    'wijzigingen',
    /** The trend of a scan's region: its rounds among the workspace's scans without errors (`ontwikkeling.<regio>`). */
    'ontwikkeling'
]);
export type ReportKind = z.infer<typeof ReportKindSchema>;

export const ReportParamsSchema = z.object({
    uri: z.string().min(1),
    format: ReportFormatSchema,
    language: ReportLanguageSchema,
    kind: ReportKindSchema.default('standaard'),
    /** For the preview: only what goes inside `<body>`, plus the stylesheet, so the webview wraps its own page. */
    bodyOnly: z.boolean().default(false),
    /**
     * For the preview: a scan with errors still gets the report of what is valid (scores outside the scale are
     * marked and counted nowhere), with its errors in `problems`. Files written never take this path.
     */
    preview: z.boolean().default(false)
});
export type ReportParams = z.input<typeof ReportParamsSchema>;

export const ReportResultSchema = z.discriminatedUnion('ok', [
    z.object({
        ok: z.literal(true),
        content: z.string(),
        /** The report's stylesheet when `bodyOnly` was asked for an HTML report. */
        style: z.string().optional(),
        /** A file name for the report without folder, e.g. `regio-noord.html`. */
        fileName: z.string(),
        /** Preview only: the errors of the scan, `regel N: melding`, when the report shows only what is valid. */
        problems: z.array(z.string()).optional()
    }),
    /** The report cannot be made for a reason the user can fix; the message is Dutch and says how. */
    z.object({ ok: z.literal(false), message: z.string() })
]);
export type ReportResult = z.infer<typeof ReportResultSchema>;

/**
 * `zelfscan/vergelijking`: the comparison of every region scan in the workspace that has no errors, normal or
 * anonymised. Scans that cannot take part are left out and listed with the reason, so the user can fix them.
 */
export const COMPARISON_REQUEST = 'zelfscan/vergelijking';

export const ComparisonParamsSchema = z.object({
    format: ReportFormatSchema,
    language: ReportLanguageSchema,
    anonymous: z.boolean().default(false),
    /** Anonymous only: fewer comparable scans than this are refused (the `zelfscan.minimumGroep` setting). */
    /** Raises the model's minimum group size of the anonymised comparison; a lower one is refused. */
    minimumGroupSize: z.number().int().min(1).optional()
});
export type ComparisonParams = z.input<typeof ComparisonParamsSchema>;

/** A scan left out of the comparison, with a Dutch reason that says how to fix it. */
export const SkippedScanSchema = z.object({ uri: z.string(), message: z.string() });
export type SkippedScan = z.infer<typeof SkippedScanSchema>;

export const ComparisonResultSchema = z.discriminatedUnion('ok', [
    z.object({
        ok: z.literal(true),
        content: z.string(),
        /** `vergelijking.html`, `vergelijking-anoniem.md`, … */
        fileName: z.string(),
        /** The scans compared, by URI, sorted. */
        scans: z.array(z.string()),
        skipped: z.array(SkippedScanSchema)
    }),
    /** No comparison (too few scans for an anonymous one, say); the message is Dutch and says how to fix it. */
    z.object({ ok: z.literal(false), message: z.string(), skipped: z.array(SkippedScanSchema) })
]);
export type ComparisonResult = z.infer<typeof ComparisonResultSchema>;

/** `zelfscan/modellen`: the model versions in the workspace, for the "new region scan" command. */
export const MODELS_REQUEST = 'zelfscan/modellen';

export const ModelSummarySchema = z.object({
    name: z.string(),
    version: z.string(),
    title: z.string().optional(),
    uri: z.string(),
    roles: z.array(z.string()),
    parties: z.array(z.object({ name: z.string(), label: z.string() })),
    focuses: z.array(z.object({
        name: z.string(),
        label: z.string(),
        /** Every entry must be interviewed; an entry with several names is satisfied by any one of them. */
        requirements: z.array(z.array(z.string()))
    })),
    questions: z.array(z.object({ name: z.string(), text: z.string() }))
});
export type ModelSummary = z.infer<typeof ModelSummarySchema>;
export const ModelsResultSchema = z.array(ModelSummarySchema);
