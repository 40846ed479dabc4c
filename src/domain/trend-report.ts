import { z } from 'zod';
import { oneModel, oneScale, sharedRoles, type ComparisonEntry } from './comparison-report.js';
import { compareVersions } from './model-key.js';
import { scanPeriod } from './region-report.js';
import { ScaleSchema } from './report-model.js';
import { countedScores } from './scan-statistics.js';
import { isDisagreement, isWeaklyPresent, roleStatistics } from './statistics.js';

export const TrendReportSchema = z.object({
    kind: z.literal('ontwikkeling'),
    region: z.string(),
    /** The one model every round uses (scans of different models are refused, as in the comparison). */
    model: z.object({ name: z.string() }),
    /** The scale every round shares, with the same rules (other scales or rules are refused). */
    scale: ScaleSchema,
    /** The region's scans, one per round, in date order (by the start of each scan's period). */
    rounds: z.array(z.object({
        /** The year the round started, or its start date when two rounds started in one year; without dates its number. */
        label: z.string(),
        model: z.object({ name: z.string(), version: z.string() }),
        period: z.object({ start: z.string().optional(), end: z.string().optional() }),
        respondentCount: z.number().int()
    })),
    /** The roles every round could score, by their names in the newest version, in its order. */
    roles: z.array(z.object({
        role: z.string(),
        /** One entry per round, in the order of `rounds`. */
        rounds: z.array(z.object({
            count: z.number().int(),
            mean: z.number().nullable(),
            /** The mean minus the previous round's mean; null in the first round, or when either has no mean. */
            change: z.number().nullable(),
            /** The scale's disagreement rule holds for the round's scores (false when the model states none). */
            disagreement: z.boolean(),
            /** The scale's weak rule holds for the round's mean (false when the model states none). */
            weak: z.boolean()
        }))
    })),
    /** Roles only some rounds' versions have: named, not followed. */
    partialRoles: z.array(z.string())
});

export type TrendReport = z.infer<typeof TrendReportSchema>;

/**
 * One region across rounds: its scans (the caller gives those of one region name) in date order, per role
 * the mean of each round with the change since the round before, and each round's disagreement and weak
 * flags by the scale's rules. Rounds on different versions of one model are followed on the roles every
 * version has (renames followed, as in the comparison); different models, scales or scale rules are refused
 * as the comparison refuses them.
 */
export function buildTrendReport(entries: readonly ComparisonEntry[]): TrendReport {
    const modelName = oneModel(entries) ?? '';
    const scale = oneScale(entries);
    const rounds = [...entries].map(entry => ({ entry, period: scanPeriod(entry.scan) }))
        .sort((a, b) => compareDate(a.period.start, b.period.start) || compareDate(a.period.end, b.period.end)
            || compareVersions(a.entry.model.key.version, b.entry.model.key.version));
    const newest = rounds.map(round => round.entry.model).sort((a, b) => compareVersions(b.key.version, a.key.version))[0];
    const { shared, partial, nameIn } = sharedRoles(entries, newest);
    const years = rounds.map(({ period }) => (period.start ?? period.end)?.slice(0, 4));
    const label = (index: number): string => {
        const { start, end } = rounds[index]!.period;
        const year = years[index];
        return year === undefined ? String(index + 1) : years.filter(other => other === year).length > 1 ? (start ?? end)! : year;
    };
    return {
        kind: 'ontwikkeling',
        region: entries[0]?.scan.region ?? '',
        model: { name: modelName },
        scale,
        rounds: rounds.map(({ entry, period }, index) => ({
            label: label(index),
            model: { name: entry.model.key.name, version: entry.model.key.version },
            period,
            respondentCount: entry.scan.respondents.length
        })),
        roles: shared.map(role => {
            const statistics = rounds.map(({ entry }) => roleStatistics(role, countedScores(entry.scan.respondents, nameIn(entry.model, role)!, scale), scale));
            return {
                role,
                rounds: statistics.map((stats, index) => {
                    const before = index === 0 ? null : statistics[index - 1]!.mean;
                    return {
                        count: stats.count,
                        mean: stats.mean,
                        change: before === null || stats.mean === null ? null : stats.mean - before,
                        disagreement: isDisagreement(stats, scale.rules),
                        weak: isWeaklyPresent(stats, scale.rules)
                    };
                })
            };
        }),
        partialRoles: partial
    };
}

/** ISO dates in order; a round without a date comes first. */
function compareDate(a: string | undefined, b: string | undefined): number {
    return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}
