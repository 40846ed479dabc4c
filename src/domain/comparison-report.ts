import type { ModelKey } from './model-definition.js';
import { sameModelKey } from './model-key.js';
import { reportScale } from './region-report.js';
import type { ComparisonReport } from './report-model.js';
import { ReportError } from './report-error.js';
import type { ResolvedModel } from './resolved-model.js';
import type { ScanData } from './scan-data.js';
import { scanRoleStatistics } from './scan-statistics.js';

/** An anonymous comparison needs at least this many regions unless the caller asks otherwise. */
export const DEFAULT_MINIMUM_GROUP_SIZE = 3;

export interface ComparisonEntry {
    readonly model: ResolvedModel;
    readonly scan: ScanData;
}

export interface ComparisonOptions {
    readonly anonymous: boolean;
    /** Anonymous mode only: fewer regions than this are refused. */
    readonly minimumGroupSize?: number;
}

/**
 * Role statistics of several regions side by side. In anonymous mode the output carries no region name,
 * respondent, free text or date: regions get neutral labels in an order derived from their content, only the
 * roles every compared model shares are shown, and each region names the model version all of them share,
 * so that a variant or version used by one region cannot point at it.
 */
export function buildComparisonReport(entries: readonly ComparisonEntry[], options: ComparisonOptions): ComparisonReport {
    if (options.anonymous) {
        checkGroupSize(entries.length, options.minimumGroupSize ?? DEFAULT_MINIMUM_GROUP_SIZE);
    }
    const ordered = options.anonymous
        ? [...entries].map(entry => ({ entry, key: contentKey(entry.scan) }))
            .sort((a, b) => compareText(a.key, b.key)).map(({ entry }) => entry)
        : [...entries].sort((a, b) => compareText(a.scan.region, b.scan.region)
            || compareText(a.model.key.version, b.model.key.version));
    const roles = options.anonymous ? sharedRoles(ordered) : allRoles(ordered);
    const sharedModel = options.anonymous ? commonModel(ordered) : undefined;
    const scales = ordered.map(entry => reportScale(entry.model));
    // Anonymous: a scale that differs between regions would tell versions apart, so then there is none.
    const scale = options.anonymous && scales.some(s => JSON.stringify(s) !== JSON.stringify(scales[0])) ? undefined : scales[0];

    return {
        kind: 'vergelijking',
        anonymous: options.anonymous,
        roles,
        scale,
        regions: ordered.map((entry, index) => {
            const { model, scan } = entry;
            const modelRoles = roles.filter(role => model.items.role.has(role));
            return {
                label: options.anonymous ? neutralLabel(index) : scan.region,
                model: sharedModel ?? { name: model.key.name, version: model.key.version },
                focus: scan.focus,
                respondentCount: scan.respondents.length,
                statistics: scanRoleStatistics(scan, modelRoles, scales[index])
            };
        })
    };
}

function checkGroupSize(given: number, minimum: number): void {
    if (!Number.isInteger(minimum) || minimum < 1) {
        throw new ReportError(`Het minimum voor een anonieme vergelijking moet een heel getal van 1 of meer zijn, niet ${minimum}.`);
    }
    if (given < minimum) {
        throw new ReportError(`Een anonieme vergelijking vraagt ten minste ${minimum} regioscans, zodat geen uitkomst tot één regio te herleiden is; `
            + `er ${given === 1 ? 'is' : 'zijn'} ${given} gegeven. Voeg regioscans toe, of verlaag het minimum (opdrachtregel: --minimum ${Math.max(given, 1)}), `
            + `in het besef dat regio's in een kleine groep beter herkenbaar zijn.`);
    }
}

/** Roles in the order of the first model, then roles that only later entries' models have. */
function allRoles(entries: readonly ComparisonEntry[]): string[] {
    const roles = new Set<string>();
    for (const { model } of entries) {
        for (const role of model.items.role.keys()) {
            roles.add(role);
        }
    }
    return [...roles];
}

/** Only the roles every model has: a role of one region's variant would single that region out. */
function sharedRoles(entries: readonly ComparisonEntry[]): string[] {
    return allRoles(entries).filter(role => entries.every(({ model }) => model.items.role.has(role)));
}

/** The nearest model version that every entry's version is, or extends. */
function commonModel(entries: readonly ComparisonEntry[]): ModelKey {
    const [first, ...rest] = entries;
    const common = first?.model.chain.find(key => rest.every(({ model }) => model.chain.some(k => sameModelKey(k, key))));
    return common ? { name: common.name, version: common.version } : { name: 'verschillende modellen', version: '' };
}

/** A, B, …, Z, AA, AB, … */
export function neutralLabel(index: number): string {
    let label = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
        label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
    }
    return label;
}

/**
 * An ordering key from a region's name and its scores: the same set of scans always gets the same labels,
 * but neither the alphabet nor the order in which files were given decides who is 'A'.
 */
function contentKey(scan: ScanData): string {
    const scores = scan.respondents.map(r => r.scores.map(s => `${s.role}=${s.value ?? '?'}`).join(',')).join(';');
    const text = `${scan.region}\u0000${scan.model.name} ${scan.model.version}\u0000${scores}`;
    return `${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}${text}`;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits; the seed gives a second, independent-enough hash. */
function fnv1a(text: string, seed: number): string {
    let hash = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
}

function compareText(a: string, b: string): number {
    return a.localeCompare(b, 'nl') || (a < b ? -1 : a > b ? 1 : 0);
}
