import type { z } from 'zod';
import { buildBlankForm } from '../domain/blank-form.js';
import { buildChangelog } from '../domain/changelog.js';
import { buildComparisonReport } from '../domain/comparison-report.js';
import { buildRegionReport } from '../domain/region-report.js';
import { BlankFormSchema, ChangelogSchema, ComparisonReportSchema, RegionReportSchema } from '../domain/report-model.js';
import { buildTrendReport, TrendReportSchema } from '../domain/trend-report.js';
import type { RegionReportInput } from '../language/report-inputs.js';
import { renderBlankFormHtml } from '../report/blank-form-html.js';
import { renderBlankFormMarkdown } from '../report/blank-form-markdown.js';
import { renderChangelogHtml } from '../report/changelog-html.js';
import { renderChangelogMarkdown } from '../report/changelog-markdown.js';
import { renderComparisonHtml } from '../report/comparison-html.js';
import { renderComparisonMarkdown } from '../report/comparison-markdown.js';
import { renderRegionReportHtml } from '../report/region-report-html.js';
import { renderRegionReportMarkdown } from '../report/region-report-markdown.js';
import { renderTrendHtml } from '../report/trend-html.js';
import { renderTrendMarkdown } from '../report/trend-markdown.js';
import { builtReport, type BuiltReport, type KindRenderers } from './report-content.js';
import type { ModelSource } from './report-sources.js';

/** What a plan knows when it builds a report: the options of the run. */
export interface ReportOptions {
    /** Anonymised comparison only: a minimum group size above the model's (a lower one is refused). */
    readonly minimumGroupSize?: number;
}

/** How the command line asks for a kind: `zelfscan generate --<option>`. */
interface CommandLineOption {
    readonly option: string;
    readonly description: string;
}

/**
 * What every kind states: the schema of its report model (for the JSON file), how the command line asks for
 * it, and its renderers. `T` is its report model; the helpers below infer it, so that a schema, builder or
 * renderer of another model, or a missing one, is a compile error.
 */
interface KindDefinition<T> extends KindRenderers<T> {
    readonly schema: z.ZodType<T>;
    readonly commandLine?: CommandLineOption;
}

/** A report of each scan. */
interface PerScan {
    readonly per: 'scan';
    readonly commandLine?: CommandLineOption;
    build(input: RegionReportInput): BuiltReport;
}

/** One report of all scans together. */
interface AllScans {
    readonly per: 'all-scans';
    readonly commandLine?: CommandLineOption;
    build(inputs: readonly RegionReportInput[], options: ReportOptions): BuiltReport;
}

/** A report of each region scanned in more than one round (scans of one region name), from its scans. */
interface PerRegion {
    readonly per: 'region';
    readonly commandLine?: CommandLineOption;
    build(inputs: readonly RegionReportInput[]): BuiltReport;
}

/** A report of each model version. */
interface PerModel {
    readonly per: 'model';
    readonly commandLine?: CommandLineOption;
    build(model: ModelSource): BuiltReport;
}

export type ReportKindSpec = PerScan | AllScans | PerRegion | PerModel;

function perScan<T>(kind: KindDefinition<T> & { build(input: RegionReportInput): T }): PerScan {
    return { per: 'scan', commandLine: kind.commandLine, build: input => builtReport(kind.build(input), kind.schema, kind) };
}

function allScans<T>(kind: KindDefinition<T> & { build(inputs: readonly RegionReportInput[], options: ReportOptions): T }): AllScans {
    return { per: 'all-scans', commandLine: kind.commandLine, build: (inputs, options) => builtReport(kind.build(inputs, options), kind.schema, kind) };
}

function perRegion<T>(kind: KindDefinition<T> & { build(inputs: readonly RegionReportInput[]): T }): PerRegion {
    return { per: 'region', commandLine: kind.commandLine, build: inputs => builtReport(kind.build(inputs), kind.schema, kind) };
}

function perModel<T>(kind: KindDefinition<T> & { build(model: ModelSource): T }): PerModel {
    return { per: 'model', commandLine: kind.commandLine, build: model => builtReport(kind.build(model), kind.schema, kind) };
}

/**
 * Every kind of report, in the order a run writes them. The key is the kind word every file of the kind
 * starts with (see report-file-names.ts); the command line takes its options from here. A new kind is an
 * entry here, its builder (src/domain, with its schema), its two renderers and its texts (src/report).
 * The helper of the entry (perScan, allScans, perRegion, perModel) says what one report is made of.
 */
export const REPORT_KINDS = {
    regio: perScan({
        schema: RegionReportSchema,
        commandLine: { option: 'regio', description: 'een regiorapport per scan (standaard, als geen andere soort is gevraagd)' },
        build: ({ model, scan }) => buildRegionReport(model, scan),
        html: renderRegionReportHtml,
        markdown: renderRegionReportMarkdown
    }),
    vergelijking: allScans({
        schema: ComparisonReportSchema,
        commandLine: { option: 'vergelijk', description: 'één vergelijking van alle regioscans' },
        build: inputs => buildComparisonReport(inputs, { anonymous: false }),
        html: renderComparisonHtml,
        markdown: renderComparisonMarkdown
    }),
    'vergelijking-anoniem': allScans({
        schema: ComparisonReportSchema,
        commandLine: { option: 'anoniem', description: 'de vergelijking zonder regionamen en andere herleidbare gegevens' },
        build: (inputs, options) => buildComparisonReport(inputs, { anonymous: true, minimumGroupSize: options.minimumGroupSize }),
        html: renderComparisonHtml,
        markdown: renderComparisonMarkdown
    }),
    ontwikkeling: perRegion({
        schema: TrendReportSchema,
        commandLine: { option: 'ontwikkeling', description: 'per regio die in meer dan één ronde is gescand: de gemiddelden en signalen per rol over de rondes' },
        build: buildTrendReport,
        html: renderTrendHtml,
        markdown: renderTrendMarkdown
    }),
    formulier: perModel({
        schema: BlankFormSchema,
        commandLine: { option: 'formulier', description: 'een leeg scanformulier per model' },
        build: ({ versions }) => buildBlankForm(versions.model),
        html: renderBlankFormHtml,
        markdown: renderBlankFormMarkdown
    }),
    wijzigingen: perModel({
        schema: ChangelogSchema,
        commandLine: { option: 'changelog', description: 'de wijzigingen van elke modelversie ten opzichte van de versie die ze uitbreidt' },
        build: ({ versions }) => buildChangelog(versions.model, versions.base),
        html: renderChangelogHtml,
        markdown: renderChangelogMarkdown
    })
} as const satisfies Record<string, ReportKindSpec>;

export type ReportKind = keyof typeof REPORT_KINDS;

export const REPORT_KIND_NAMES = Object.keys(REPORT_KINDS) as ReportKind[];

/** The kind a run writes when none is asked for. */
export const DEFAULT_REPORT_KIND: ReportKind = 'regio';

export function reportKind(kind: ReportKind): ReportKindSpec {
    return REPORT_KINDS[kind];
}
