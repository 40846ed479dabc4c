import type { LangiumDocument } from 'langium';
import type { ScoreTableEntry } from '../domain/score-table.js';
import { regionReportInput, type ReportInputServices } from './report-inputs.js';

/** The score table's input for each scan document whose model version is found, in the order given. */
export function scoreTableEntries(documents: readonly LangiumDocument[], services: ReportInputServices): ScoreTableEntry[] {
    return documents.flatMap(document => {
        const input = regionReportInput(document, services);
        if (!input) {
            return [];
        }
        const { model, scan } = input;
        return [{
            scan,
            roles: [...model.items.role.keys()],
            labels: new Map((model.scale?.points ?? []).map(point => [point.value, point.label]))
        }];
    });
}
