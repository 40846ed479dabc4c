import * as path from 'node:path';
import type { RegionReportInput } from '../language/report-inputs.js';
import { Refusal } from './refusal.js';
import type { BuiltReport } from './report-content.js';
import { modelSubject, regionSubject, reportStem, uniqueStems } from './report-file-names.js';
import { DEFAULT_REPORT_KIND, REPORT_KIND_NAMES, reportKind, type ReportKind, type ReportOptions } from './report-kinds.js';
import type { ReportSources, ScanSource } from './report-sources.js';
import { compareText } from '../domain/compare-text.js';

/** One report to make: its kind, the file name without extension, and the file it is about (if one). */
export interface ReportJob {
    readonly kind: ReportKind;
    readonly stem: string;
    /** The scan or model file the report is about; undefined for a report of all scans. */
    readonly source?: string;
    /** The scans a report of a region's rounds is made of, in path order. */
    readonly rounds?: readonly string[];
    build(): BuiltReport;
}

export interface ReportRequest extends ReportOptions {
    /** The kinds asked for; none means the default (a region report per scan). */
    readonly kinds: readonly ReportKind[];
    /** How paths are shown in messages (relative to the current folder on the command line). */
    readonly showPath?: (file: string) => string;
}

/**
 * Plans the reports of a run: which reports, under which names, built from which sources. Scans are taken
 * in path order, so the same files always give the same names, whoever asks. Nothing is built yet: a
 * caller that needs all of them builds them all before it writes any, and the editor builds only the one
 * it shows.
 */
export function planReports(sources: ReportSources, request: ReportRequest): ReportJob[] {
    const asked = new Set(request.kinds.length > 0 ? request.kinds : [DEFAULT_REPORT_KIND]);
    const scans = [...sources.scans].sort((a, b) => compareText(a.path, b.path));
    const models = [...sources.models].sort((a, b) => compareText(a.path, b.path));
    const showPath = request.showPath ?? (file => file);
    const inputOf = (scan: ScanSource): RegionReportInput => {
        if (!scan.input) {
            throw new Refusal('invoer', `Bij ${showPath(scan.path)} is het model niet gevonden.`);
        }
        return scan.input;
    };
    const jobs: ReportJob[] = [];
    for (const kind of REPORT_KIND_NAMES.filter(name => asked.has(name))) {
        const spec = reportKind(kind);
        switch (spec.per) {
            case 'scan': {
                requireScans(scans);
                const stems = uniqueStems(scans.map(scan => reportStem(kind, regionSubject(scan.region))));
                jobs.push(...scans.map((scan, index) => ({ kind, stem: stems[index], source: scan.path, build: () => spec.build(inputOf(scan)) })));
                break;
            }
            case 'all-scans':
                requireScans(scans);
                jobs.push({ kind, stem: reportStem(kind), build: () => spec.build(scans.map(inputOf), request) });
                break;
            case 'region': {
                requireScans(scans);
                const byRegion = new Map<string, ScanSource[]>();
                scans.forEach(scan => byRegion.set(scan.region, [...byRegion.get(scan.region) ?? [], scan]));
                const regions = [...byRegion].filter(([, group]) => group.length > 1);
                if (regions.length === 0) {
                    throw new Refusal('invoer', 'Geen regio is in meer dan één ronde gescand (twee of meer regioscans met dezelfde regionaam), dus er is geen ontwikkeling te tonen. '
                        + 'Geef de scans van de rondes van een regio samen op.');
                }
                const stems = uniqueStems(regions.map(([region]) => reportStem(kind, regionSubject(region))));
                jobs.push(...regions.map(([, group], index) => ({
                    kind, stem: stems[index], rounds: group.map(scan => scan.path), build: () => spec.build(group.map(inputOf))
                })));
                break;
            }
            case 'model': {
                if (models.length === 0) {
                    throw new Refusal('gebruik', 'Er zijn geen modellen (.zelfscan) gevonden in de opgegeven paden of bij de opgegeven scans.');
                }
                const stems = uniqueStems(models.map(model => reportStem(kind, modelSubject(model.key))));
                jobs.push(...models.map((model, index) => ({ kind, stem: stems[index], source: model.path, build: () => spec.build(model) })));
                break;
            }
        }
    }
    return jobs;
}

function requireScans(scans: readonly ScanSource[]): void {
    if (scans.length === 0) {
        throw new Refusal('gebruik', 'Er zijn geen regioscans (.regioscan) gevonden in de opgegeven paden.');
    }
}


/** The job about one file among a plan, e.g. the region report of the scan the editor shows, or its region's trend. */
export function jobFor(jobs: readonly ReportJob[], file: string): ReportJob | undefined {
    const wanted = path.resolve(file);
    return jobs.find(job => [job.source, ...job.rounds ?? []].some(source => source !== undefined && path.resolve(source) === wanted));
}
