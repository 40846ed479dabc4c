import type { ComparisonReport, RegionReport } from './report-model.js';
import type { ResolvedModel } from './resolved-model.js';
import type { ScanData } from './scan-data.js';

/** Who holds a role as a scan records it: named holders, explicitly nobody, or not recorded at all. */
export type HoldingState = RegionReport['roleHolders'][number]['state'];

/** The state of one role in a scan; `role` is the scan's own name for it. */
export function holdingState(scan: ScanData, role: string): HoldingState {
    const holding = scan.roleHolders.find(entry => entry.role === role);
    return holding === undefined ? 'niet-vastgelegd' : holding.holders.length === 0 ? 'niemand' : 'houders';
}

/**
 * Per role of the model, in model order, who holds it in this scan: a party by its label (with the function of
 * the person there, when given), a function alone, or nobody. A role the scan lists twice counts by its first
 * line (validation reports the second).
 */
export function regionRoleHolders(model: ResolvedModel, scan: ScanData): RegionReport['roleHolders'] {
    return [...model.items.role.keys()].map(role => {
        const holding = scan.roleHolders.find(entry => entry.role === role);
        return {
            role,
            state: holdingState(scan, role),
            holders: (holding?.holders ?? []).map(holder => ({
                ...(holder.party === undefined ? {} : { party: holder.party, partyLabel: model.items.party.get(holder.party)?.label ?? holder.party }),
                ...(holder.function === undefined ? {} : { function: holder.function })
            }))
        };
    });
}

/**
 * Per role, over the given regions (each once), how many record that nobody holds it, how many name holders and
 * how many record nothing: counts only, so the anonymised comparison may show them. `nameIn` gives the role as
 * each region's model version calls it. The regions that record nobody are listed only when asked.
 */
export function holderlessRoleCounts(
    roles: readonly string[],
    regions: ReadonlyArray<{ readonly scan: ScanData; readonly model: ResolvedModel }>,
    nameIn: (model: ResolvedModel, role: string) => string | undefined,
    listRegions: boolean
): ComparisonReport['roleHolders']['roles'] {
    return roles.map(role => {
        const states = regions.map(region => {
            const own = nameIn(region.model, role);
            return { region: region.scan.region, state: own === undefined ? 'niet-vastgelegd' as const : holdingState(region.scan, own) };
        });
        const nobody = states.filter(s => s.state === 'niemand');
        return {
            role,
            nobody: nobody.length,
            held: states.filter(s => s.state === 'houders').length,
            unrecorded: states.filter(s => s.state === 'niet-vastgelegd').length,
            ...(listRegions ? { nobodyIn: nobody.map(s => s.region) } : {})
        };
    });
}
