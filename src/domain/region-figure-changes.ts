import { z } from 'zod';
import { FlagSchema, type Flag, type RegionReport } from './report-model.js';

/**
 * What a change of a scan does to its region report, for a reviewer: each role whose mean moves, and each
 * disagreement or weakly-present flag that comes, goes or changes. Both sides are the region reports
 * themselves (buildRegionReport), so every figure is the one the report shows, computed once there with the
 * model's scale rules.
 */

/** The flags that belong to one role. */
export type RoleFlag = Extract<Flag, { kind: 'onenigheid' | 'zwak-aanwezig' }>;
const RoleFlagSchema = z.union([FlagSchema.options[0], FlagSchema.options[1]]);

export const RegionFigureChangeSchema = z.discriminatedUnion('kind', [
    /** The role's mean over its counted scores; null where it has none (or the side's model lacks the role). */
    z.object({ kind: z.literal('gemiddelde'), role: z.string(), before: z.number().nullable(), after: z.number().nullable() }),
    z.object({
        kind: z.literal('signaal'),
        flag: z.enum(['onenigheid', 'zwak-aanwezig']),
        role: z.string(),
        change: z.enum(['toegevoegd', 'gewijzigd', 'vervallen']),
        before: RoleFlagSchema.optional(),
        after: RoleFlagSchema.optional()
    })
]);

export type RegionFigureChange = z.infer<typeof RegionFigureChangeSchema>;

/**
 * The changes in figures between the reports of two versions of one scan: first the means, then the flags,
 * each in the role order of the new version (roles only the old version has follow). A disagreement whose
 * spread changes counts as changed; a weak flag that stays is not repeated, its mean line says how it moved.
 */
export function regionFigureChanges(before: RegionReport, after: RegionReport): RegionFigureChange[] {
    const roles = [...new Set([...after.statistics.map(s => s.role), ...before.statistics.map(s => s.role)])];
    const mean = (report: RegionReport, role: string) => report.statistics.find(s => s.role === role)?.mean ?? null;
    const changes: RegionFigureChange[] = [];
    for (const role of roles) {
        const [was, now] = [mean(before, role), mean(after, role)];
        if (was !== now) {
            changes.push({ kind: 'gemiddelde', role, before: was, after: now });
        }
    }
    for (const role of roles) {
        for (const kind of ['onenigheid', 'zwak-aanwezig'] as const) {
            const [was, now] = [roleFlag(before, kind, role), roleFlag(after, kind, role)];
            if (!was && !now) {
                continue;
            }
            if (was && now) {
                if (was.kind === 'onenigheid' && now.kind === 'onenigheid' && was.spread !== now.spread) {
                    changes.push({ kind: 'signaal', flag: kind, role, change: 'gewijzigd', before: was, after: now });
                }
                continue;
            }
            changes.push({
                kind: 'signaal', flag: kind, role, change: was ? 'vervallen' : 'toegevoegd',
                ...(was ? { before: was } : {}), ...(now ? { after: now } : {})
            });
        }
    }
    return changes;
}

function roleFlag(report: RegionReport, kind: RoleFlag['kind'], role: string): RoleFlag | undefined {
    return report.flags.find((flag): flag is RoleFlag => flag.kind === kind && flag.role === role);
}
