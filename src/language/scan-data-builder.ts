import type { ScanData } from '../domain/scan-data.js';
import * as ast from './generated/ast.js';
import { parseModelKeyText } from './model-definition-builder.js';

/**
 * Reads one scan file into plain data; names are taken as written (validation has checked them). Any AST, even
 * of a half-typed file, gives data: a missing name becomes '' (the editor's code lens reads unfinished files).
 */
export function buildScanData(scan: ast.RegionScan): ScanData {
    const members = scan.members;
    const factsheet = members.find(ast.isFactsheet);
    return {
        region: scan.region ?? '',
        model: parseModelKeyText(scan.model?.$refText ?? '') ?? { name: '', version: '' },
        focus: members.find(ast.isScanFocus)?.focus?.$refText,
        use: members.find(ast.isScanUse)?.use?.$refText,
        theme: members.find(ast.isScanTheme)?.theme?.$refText,
        area: members.find(ast.isScanArea)?.area?.$refText,
        traits: members.filter(ast.isTraitSetting).map(t => ({ trait: t.trait?.$refText ?? '', value: t.value?.$refText ?? '' })),
        obstacles: members.filter(ast.isObstacleNote).map(o => ({ name: o.obstacle?.$refText ?? '', note: o.note })),
        handholds: members.filter(ast.isHandholdNote).map(h => ({ name: h.handhold?.$refText ?? '', note: h.note })),
        namesVisible: members.some(ast.isNamesVisible),
        startDate: members.find(ast.isStartMeeting)?.date,
        respondents: members.filter(ast.isRespondent).map(r => ({
            id: r.name ?? '',
            party: r.party?.$refText ?? '',
            function: r.function,
            personName: r.parts.find(ast.isPersonName)?.text,
            interviewDate: r.parts.find(ast.isInterviewDate)?.date,
            scores: r.parts.filter(ast.isScore).map(s => ({
                role: s.role?.$refText ?? '',
                value: s.unknown || s.value === undefined ? null : s.value,
                note: s.note
            }))
        })),
        roleHolders: (members.find(ast.isRoleHolders)?.holdings ?? []).map(holding => ({
            role: holding.role?.$refText ?? '',
            // `niemand` beside holders is an error; the holders it stands beside are what the scan names.
            holders: holding.holders.filter(holder => !ast.isNoHolder(holder)).map(holder =>
                ast.isPartyHolder(holder) ? { party: holder.party?.$refText ?? '', function: holder.function } : { function: holder.function ?? '' })
        })),
        factsheet: factsheet && {
            answers: factsheet.parts.filter(ast.isAnswer).map(a => ({ question: a.question?.$refText ?? '', text: a.text ?? '' })),
            checkedDate: factsheet.parts.find(ast.isFactsheetCheck)?.date
        },
        advice: members.find(ast.isAdvice)?.text,
        feedbackDate: members.find(ast.isFeedbackMeeting)?.date
    };
}
