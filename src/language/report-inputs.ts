import type { LangiumDocument } from 'langium';
import type { ResolvedModel } from '../domain/resolved-model.js';
import type { ScanData } from '../domain/scan-data.js';
import { isModel, isRegionScan, type Model, type RegionScan } from './generated/ast.js';
import { buildScanData } from './scan-data-builder.js';
import type { ZelfscanSharedServices } from './zelfscan-module.js';

/** The part of the services the helpers need; both the language services and the CLI's bundle have it. */
export interface ReportInputServices {
    readonly shared: ZelfscanSharedServices;
}

export interface RegionReportInput {
    readonly model: ResolvedModel;
    readonly scan: ScanData;
}

export interface ChangelogInput {
    readonly model: ResolvedModel;
    readonly base?: ResolvedModel;
}

/** The scan of a `.regioscan` document, if it is one. */
export function scanOfDocument(document: LangiumDocument): RegionScan | undefined {
    const root = document.parseResult?.value;
    return isRegionScan(root) ? root : undefined;
}

/** The model node of a `.zelfscan` document, if it is one. */
export function modelNodeOfDocument(document: LangiumDocument): Model | undefined {
    const root = document.parseResult?.value;
    return isModel(root) ? root : undefined;
}

/** What `buildRegionReport` needs for a scan document; undefined when it is no scan or its model is not found. */
export function regionReportInput(document: LangiumDocument, services: ReportInputServices): RegionReportInput | undefined {
    const scan = scanOfDocument(document);
    const resolution = scan && services.shared.models.ResolvedModels.ofScan(scan);
    return resolution && scan ? { model: resolution.resolved, scan: buildScanData(scan) } : undefined;
}

/** The resolved model version a model document declares. */
export function modelOfDocument(document: LangiumDocument, services: ReportInputServices): ResolvedModel | undefined {
    const model = modelNodeOfDocument(document);
    return model && services.shared.models.ResolvedModels.of(model).resolved;
}

/** What `buildChangelog` needs for a model document: its resolved version and the resolved version it extends. */
export function changelogInput(document: LangiumDocument, services: ReportInputServices): ChangelogInput | undefined {
    const model = modelNodeOfDocument(document);
    if (!model) {
        return undefined;
    }
    const models = services.shared.models.ResolvedModels;
    return { model: models.of(model).resolved, base: models.ofBase(model)?.resolved };
}
