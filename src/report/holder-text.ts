import type { RegionReport } from '../domain/report-model.js';
import type { ReportTexts } from './texts.js';

/**
 * Who holds a role, in words, shared by the HTML and Markdown renderers: "Gemeente (beleidsadviseur onderwijs),
 * projectleider", "Niemand", or "Niet vastgelegd".
 */
export function holdersText(holding: RegionReport['roleHolders'][number], t: ReportTexts): string {
    if (holding.state === 'niemand') {
        return t.nobody;
    }
    if (holding.state === 'niet-vastgelegd') {
        return t.notRecorded;
    }
    return holding.holders.map(holder => holder.partyLabel === undefined ? holder.function ?? ''
        : holder.function === undefined ? holder.partyLabel : t.holderAt(holder.partyLabel, holder.function)).join(', ');
}

/** Whether the scan records holders for any role: only then do the reports show the column. */
export function recordsHolders(report: RegionReport): boolean {
    return report.roleHolders.some(holding => holding.state !== 'niet-vastgelegd');
}
