import type { LangiumDocument } from 'langium';
import type { ModelKey } from '../domain/model-definition.js';
import type { Model } from '../language/generated/ast.js';
import { keyOfModel } from '../language/model-definition-builder.js';
import {
    changelogInput, modelNodeOfDocument, regionReportInput, scanOfDocument, type ChangelogInput, type RegionReportInput,
    type ReportInputServices
} from '../language/report-inputs.js';

/**
 * What the report plan needs of the loaded files, as plain data: the command line and the language server
 * both turn their documents into these, so that they plan, name and build reports the same way.
 */
export interface ReportSources {
    /** Every scan that takes part, in any order: the plan sorts them by path. */
    readonly scans: readonly ScanSource[];
    /** The model versions whose blank form and changelog are asked for. */
    readonly models: readonly ModelSource[];
}

export interface ScanSource {
    /** The scan file's path; it orders the scans, so that two regions of one name always get the same names. */
    readonly path: string;
    readonly region: string;
    /** Undefined when the model version the scan names is not loaded. */
    readonly input?: RegionReportInput;
}

export interface ModelSource {
    readonly path: string;
    readonly key: ModelKey;
    readonly versions: ChangelogInput;
}

/** A scan document as a source; what a report needs of it is read only when a report of it is built. */
export function scanSource(document: LangiumDocument, services: ReportInputServices): ScanSource | undefined {
    const scan = scanOfDocument(document);
    if (!scan) {
        return undefined;
    }
    let input: { value?: RegionReportInput } | undefined;
    return {
        path: document.uri.fsPath,
        region: scan.region ?? '',
        get input() {
            input ??= { value: regionReportInput(document, services) };
            return input.value;
        }
    };
}

export function modelSource(document: LangiumDocument, services: ReportInputServices): ModelSource | undefined {
    const model = modelNodeOfDocument(document);
    const versions = model && changelogInput(document, services);
    return model && versions && { path: document.uri.fsPath, key: keyOfModel(model), versions };
}

/**
 * The sources of a run over `targets` (the files asked for), with `all` the loaded files including context:
 * the scans among the targets, and the models among the targets or, when none was named, the model
 * versions the named scans use.
 */
export function reportSourcesOf(targets: readonly LangiumDocument[], all: readonly LangiumDocument[], services: ReportInputServices): ReportSources {
    const scans = targets.map(document => scanSource(document, services)).filter(source => source !== undefined);
    let models = targets.filter(document => modelNodeOfDocument(document) !== undefined);
    if (models.length === 0) {
        const named = new Set<Model>();
        for (const document of targets) {
            const model = scanOfDocument(document)?.model?.ref;
            if (model) {
                named.add(model);
            }
        }
        models = all.filter(document => named.has(modelNodeOfDocument(document)!));
    }
    return { scans, models: models.map(document => modelSource(document, services)).filter(source => source !== undefined) };
}
