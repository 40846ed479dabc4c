import type { z } from 'zod';
import { buildBlankForm } from '../domain/blank-form.js';
import { buildChangelog } from '../domain/changelog.js';
import { buildComparisonReport } from '../domain/comparison-report.js';
import { buildRegionReport } from '../domain/region-report.js';
import {
    BlankFormSchema, ChangelogSchema, ComparisonReportSchema, RegionReportSchema, type Report
} from '../domain/report-model.js';
import type { RegionReportInput } from '../language/report-inputs.js';
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

/** A report of each scan. */
interface PerScan {
    readonly per: 'scan';
    readonly schema: z.ZodType<Report>;
    readonly commandLine?: CommandLineOption;
    build(input: RegionReportInput): Report;
}

/** One report of all scans together. */
interface AllScans {
    readonly per: 'all-scans';
    readonly schema: z.ZodType<Report>;
    readonly commandLine?: CommandLineOption;
    build(inputs: readonly RegionReportInput[], options: ReportOptions): Report;
}

/** A report of each model version. */
interface PerModel {
    readonly per: 'model';
    readonly schema: z.ZodType<Report>;
    readonly commandLine?: CommandLineOption;
    build(model: ModelSource): Report;
}

export type ReportKindSpec = PerScan | AllScans | PerModel;

/**
 * Every kind of report, in the order a run writes them. The key is the kind word every file of the kind
 * starts with (see report-file-names.ts); the command line takes its options from here, so a new kind is an
 * entry here plus its builder and renderers.
 */
export const REPORT_KINDS = {
    regio: {
        per: 'scan',
        schema: RegionReportSchema,
        commandLine: { option: 'regio', description: 'een regiorapport per scan (standaard, als geen andere soort is gevraagd)' },
        build: ({ model, scan }) => buildRegionReport(model, scan)
    },
    vergelijking: {
        per: 'all-scans',
        schema: ComparisonReportSchema,
        commandLine: { option: 'vergelijk', description: 'één vergelijking van alle regioscans' },
        build: inputs => buildComparisonReport(inputs, { anonymous: false })
    },
    'vergelijking-anoniem': {
        per: 'all-scans',
        schema: ComparisonReportSchema,
        commandLine: { option: 'anoniem', description: 'de vergelijking zonder regionamen en andere herleidbare gegevens' },
        build: (inputs, options) => buildComparisonReport(inputs, { anonymous: true, minimumGroupSize: options.minimumGroupSize })
    },
    formulier: {
        per: 'model',
        schema: BlankFormSchema,
        commandLine: { option: 'formulier', description: 'een leeg scanformulier per model' },
        build: ({ versions }) => buildBlankForm(versions.model)
    },
    wijzigingen: {
        per: 'model',
        schema: ChangelogSchema,
        commandLine: { option: 'changelog', description: 'de wijzigingen van elke modelversie ten opzichte van de versie die ze uitbreidt' },
        build: ({ versions }) => buildChangelog(versions.model, versions.base)
    }
} as const satisfies Record<string, ReportKindSpec>;

export type ReportKind = keyof typeof REPORT_KINDS;

export const REPORT_KIND_NAMES = Object.keys(REPORT_KINDS) as ReportKind[];

/** The kind a run writes when none is asked for. */
export const DEFAULT_REPORT_KIND: ReportKind = 'regio';

export function reportKind(kind: ReportKind): ReportKindSpec {
    return REPORT_KINDS[kind];
}
