import { REPORT_KIND_NAMES, reportKind } from '../../src/app/report-kinds.js';

/** The command-line option of every report kind, in the table's order: what a run of every kind passes. */
export function kindOptions(): string[] {
    return REPORT_KIND_NAMES.map(kind => `--${reportKind(kind).commandLine!.option}`);
}
