import { compareVersions } from './model-key.js';
import { processDates, reportScale } from './region-report.js';
import type { ComparisonReport, ReportScale, RoleStatistics } from './report-model.js';
import { ReportError } from './report-error.js';
import type { ResolvedModel } from './resolved-model.js';
import { holderlessRoleCounts } from './role-holders.js';
import type { ScanData } from './scan-data.js';
import { countedScores } from './scan-statistics.js';
import { nearestScalePoint, roleStatistics } from './statistics.js';

/**
 * The fewest regions an anonymised comparison shows when the model does not say: the flyer's round of five
 * regions. A model may declare its own (`anoniem vanaf … regio's`); a caller may only ask for more.
 */
export const DEFAULT_MINIMUM_GROUP_SIZE = 5;

export interface ComparisonEntry {
    readonly model: ResolvedModel;
    readonly scan: ScanData;
}

export interface ComparisonOptions {
    readonly anonymous: boolean;
    /** Anonymous mode only: a minimum group size asked for on top of the model's; it may raise it, never lower it. */
    readonly minimumGroupSize?: number;
}

/**
 * Several regions' scans of one model side by side, on the roles every version used shares (an older
 * version's role is matched to the newest version's name when a version between renamed it). Scans of
 * different models, and versions whose scales or scale rules differ, are refused: their figures do not mean
 * the same. The anonymised comparison has no per-region row at all: per role it counts how many regions'
 * mean lands on each scale point, over at least the minimum group size of regions, each region once.
 */
export function buildComparisonReport(entries: readonly ComparisonEntry[], options: ComparisonOptions): ComparisonReport {
    const modelName = oneModel(entries);
    const newest = [...entries].map(e => e.model).sort((a, b) => compareVersions(b.key.version, a.key.version))[0];
    const scale = entries.length === 0 ? undefined : oneScale(entries);
    const { shared, partial, nameIn } = sharedRoles(entries, newest);
    const statisticsOf = (entry: ComparisonEntry): RoleStatistics[] => shared.map(role => ({
        ...roleStatistics(role, countedScores(entry.scan.respondents, nameIn(entry.model, role)!, scale!), scale!),
        role
    }));
    const base = { kind: 'vergelijking' as const, model: { name: modelName ?? '' }, roles: shared, partialRoles: partial, scale };
    // Who holds a role counts each region once, by its latest scan, in both comparisons alike.
    const latest = latestPerRegion(entries);
    const roleHolders = { regionCount: latest.length, roles: holderlessRoleCounts(shared, latest, nameIn, !options.anonymous) };

    if (!options.anonymous) {
        const ordered = [...entries].sort((a, b) => compareText(a.scan.region, b.scan.region)
            || compareVersions(a.model.key.version, b.model.key.version));
        return {
            ...base,
            anonymous: false,
            roleHolders: {
                ...roleHolders,
                roles: roleHolders.roles.map(r => ({ ...r, nobodyIn: [...r.nobodyIn ?? []].sort(compareText) }))
            },
            regions: ordered.map(entry => ({
                label: entry.scan.region,
                model: { name: entry.model.key.name, version: entry.model.key.version },
                focus: entry.scan.focus === undefined ? undefined : entry.model.items.focus.get(entry.scan.focus)?.label ?? entry.scan.focus,
                respondentCount: entry.scan.respondents.length,
                statistics: statisticsOf(entry)
            }))
        };
    }

    const regions = latest;
    const minimum = minimumGroupSize(entries, modelName ?? '', options.minimumGroupSize);
    if (regions.length < minimum) {
        throw new ReportError({ kind: 'too-few-regions', minimum, given: regions.length });
    }
    const rounding = scale?.rules.rounding;
    if (scale && rounding === undefined) {
        throw new ReportError({ kind: 'no-rounding', model: modelName ?? '' });
    }
    return {
        ...base,
        anonymous: true,
        regions: [],
        roleHolders,
        anonymity: {
            minimumGroupSize: minimum,
            regionCount: regions.length,
            distributions: shared.map(role => {
                const points = regions.map(entry => {
                    const scores = countedScores(entry.scan.respondents, nameIn(entry.model, role)!, scale!);
                    return scores.length === 0 ? null : nearestScalePoint(scores.reduce((s, v) => s + v, 0), scores.length, scale!, rounding!);
                });
                return {
                    role,
                    bands: scale!.points.map(point => ({ value: point.value, regions: points.filter(p => p === point.value).length })),
                    unscored: points.filter(p => p === null).length
                };
            })
        }
    };
}

/** The one model all scans use, or a refusal that lists which scans use which model. */
export function oneModel(entries: readonly ComparisonEntry[]): string | undefined {
    const byModel = new Map<string, string[]>();
    for (const { model, scan } of entries) {
        byModel.set(model.key.name, [...byModel.get(model.key.name) ?? [], scan.region]);
    }
    if (byModel.size > 1) {
        throw new ReportError({ kind: 'mixed-models', models: [...byModel].map(([name, regions]) => ({ name, regions })) });
    }
    return [...byModel.keys()][0];
}

/** The scale all versions share, with the same rules; versions with another scale or other rules are refused. */
export function oneScale(entries: readonly ComparisonEntry[]): ReportScale {
    const byScale = new Map<string, { scale: ReportScale; versions: Set<string> }>();
    for (const { model } of entries) {
        const scale = reportScale(model);
        const key = JSON.stringify({ ...scale, rules: undefined });
        const seen = byScale.get(key) ?? { scale, versions: new Set<string>() };
        seen.versions.add(model.key.version);
        byScale.set(key, seen);
    }
    const name = entries[0]!.model.key.name;
    const versions = (set: Set<string>) => [...set].sort(compareVersions);
    if (byScale.size > 1) {
        throw new ReportError({
            kind: 'mixed-scales', model: name,
            scales: [...byScale.values()].map(({ scale, versions: v }) => ({ name: scale.name, min: scale.min, max: scale.max, versions: versions(v) }))
        });
    }
    const byRules = new Map<string, Set<string>>();
    for (const { model } of entries) {
        const key = JSON.stringify(reportScale(model).rules);
        byRules.set(key, (byRules.get(key) ?? new Set()).add(model.key.version));
    }
    if (byRules.size > 1) {
        throw new ReportError({ kind: 'mixed-scale-rules', model: name, versionGroups: [...byRules.values()].map(versions) });
    }
    return [...byScale.values()][0]!.scale;
}

/**
 * The roles to compare, by their names in the newest version: those every version has (following renames),
 * in the newest version's order; and the roles only some versions have, which are named but not compared.
 */
export function sharedRoles(entries: readonly ComparisonEntry[], newest: ResolvedModel | undefined) {
    /** A role of `newest` as `model` calls it, or undefined when `model` does not have it. */
    const nameIn = (model: ResolvedModel, role: string): string | undefined => {
        if (model.items.role.has(role)) {
            return role;
        }
        return [...newest?.renamed.role ?? []].find(([old, renamed]) => renamed.item.name === role && model.items.role.has(old))?.[0];
    };
    /** A role of `model` as `newest` calls it. */
    const newestName = (role: string): string =>
        newest === undefined || newest.items.role.has(role) ? role : newest.renamed.role.get(role)?.item.name ?? role;
    const models = [...new Map(entries.map(e => [e.model.key.version, e.model])).values()];
    const all = new Set<string>([...newest?.items.role.keys() ?? []]);
    for (const model of models) {
        for (const role of model.items.role.keys()) {
            all.add(newestName(role));
        }
    }
    const shared = [...all].filter(role => models.every(model => nameIn(model, role) !== undefined));
    return { shared, partial: [...all].filter(role => !shared.includes(role)), nameIn };
}

/** Each region once, with its latest scan (by its last process date; a scan without dates counts as earliest). */
function latestPerRegion(entries: readonly ComparisonEntry[]): ComparisonEntry[] {
    const latest = new Map<string, ComparisonEntry>();
    const lastDate = (scan: ScanData) => [...processDates(scan)].sort().at(-1) ?? '';
    for (const entry of entries) {
        const current = latest.get(entry.scan.region);
        if (!current || lastDate(entry.scan) >= lastDate(current.scan)) {
            latest.set(entry.scan.region, entry);
        }
    }
    return [...latest.values()];
}

/** The model's minimum (the largest any version used declares, else the default), raised by what was asked. */
function minimumGroupSize(entries: readonly ComparisonEntry[], modelName: string, asked: number | undefined): number {
    const declared = entries.map(e => e.model.anonymityMinimum).filter((k): k is number => k !== undefined);
    const own = declared.length > 0 ? Math.max(...declared) : DEFAULT_MINIMUM_GROUP_SIZE;
    if (asked !== undefined && (!Number.isInteger(asked) || asked < own)) {
        throw new ReportError({ kind: 'minimum-below-model', asked, own, model: modelName });
    }
    return Math.max(own, asked ?? own);
}

function compareText(a: string, b: string): number {
    return a.localeCompare(b, 'nl') || (a < b ? -1 : a > b ? 1 : 0);
}
