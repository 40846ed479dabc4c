import type { ValidationAcceptor } from 'langium';
import type { ItemKind } from '../domain/model-definition.js';
import { modelKeyText, sameModelKey } from '../domain/model-key.js';
import type { ScanName } from '../domain/scan-migration.js';
import { scanVerdict } from '../domain/scan-verdict.js';
import { kindWords } from '../report/item-kind-texts.js';
import * as ast from './generated/ast.js';
import { issue, IssueCodes } from './issue-codes.js';
import { retirementKind } from './model-definition-builder.js';
import type { ResolvedModels } from './resolved-models.js';
import { scanNames } from './scan-migration.js';
import type { ZelfscanServices } from './zelfscan-module.js';

/**
 * A model version that retires what scans of the versions it extends still use: those scans cannot move to it
 * (`zelfscan migrate` would refuse them). Said on the retirement, with the number of scans in the workspace,
 * judged by the same analysis as migrate and `zelfscan diff` of two models (scanVerdict):
 *
 *     vervalt rol Verbinder
 *     // info: Vervalt rol Verbinder: 3 scans in de werkruimte gebruiken deze rol en kunnen niet naar deze versie.
 *
 * Scans are read by the model's references as written, not linked: the model is checked before the scans are
 * built. The document builder checks the versions that extend a scan's version again when that scan changes.
 */
export class StrandedScanChecks {

    private readonly models: ResolvedModels;

    constructor(private readonly services: ZelfscanServices) {
        this.models = services.shared.models.ResolvedModels;
    }

    checkStrandedScans(model: ast.Model, accept: ValidationAcceptor): void {
        const scans = new Map<string, Array<ReadonlyArray<ScanName<unknown>>>>();
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            const root = document.parseResult.value;
            if (ast.isRegionScan(root) && root.model?.$refText !== undefined) {
                const version = root.model.$refText;
                scans.set(version, [...scans.get(version) ?? [], scanNames(root)]);
            }
        }
        for (const { retirement, message, count } of strandedRetirements(model, scans, this.models)) {
            accept('info', message, { node: retirement, property: 'target', ...issue(IssueCodes.ScansStranded, { scans: count }) });
        }
    }
}

/**
 * The retirements of `model` that scans of the versions it extends still use, with the message and the number
 * of such scans. `scans`: the names each scan uses, by the version it names as written (`Regieneming 1.0`).
 */
export function strandedRetirements(model: ast.Model, scans: ReadonlyMap<string, ReadonlyArray<ReadonlyArray<ScanName<unknown>>>>, models: ResolvedModels)
    : Array<{ retirement: ast.Retirement; message: string; count: number }> {
    const resolution = models.of(model);
    const retirements = model.members.filter(ast.isRetirement);
    if (resolution.brokenBase || resolution.cycle || !model.base || retirements.length === 0) {
        return [];
    }
    const self = resolution.resolved;
    const counts = new Map<string, number>();
    const seen = new Set<string>();
    for (let base = model.base.ref; base; base = base.base?.ref) {
        const resolved = models.of(base).resolved;
        const version = modelKeyText(resolved.key);
        if (seen.has(version)) {
            break;
        }
        seen.add(version);
        const names = scans.get(version);
        if (!names || names.length === 0) {
            continue;
        }
        for (const item of scanVerdict(resolved, self, names).items) {
            if (item.kind !== 'value' && item.retiredIn && sameModelKey(item.retiredIn, self.key)) {
                const id = `${item.kind} ${item.name}`;
                counts.set(id, (counts.get(id) ?? 0) + item.scans);
            }
        }
    }
    return retirements.flatMap(retirement => {
        const kind = retirementKind(retirement);
        const name = retirement.target?.$refText;
        const count = kind && name ? counts.get(`${kind} ${name}`) : undefined;
        return kind && name && count ? [{ retirement, message: strandedMessage(kind, name, count), count }] : [];
    });
}

/** "Vervalt rol Verbinder: 3 scans in de werkruimte gebruiken deze rol en kunnen niet naar deze versie." */
export function strandedMessage(kind: ItemKind, name: string, count: number): string {
    const words = kindWords(kind);
    const these = `${words.definite.startsWith('het ') ? 'dit' : 'deze'} ${words.singular}`;
    return count === 1
        ? `Vervalt ${words.singular} ${name}: 1 scan in de werkruimte gebruikt ${these} en kan niet naar deze versie.`
        : `Vervalt ${words.singular} ${name}: ${count} scans in de werkruimte gebruiken ${these} en kunnen niet naar deze versie.`;
}
