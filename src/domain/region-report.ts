import { LIMITS } from './limits.js';
import type { ScaleDef } from './model-definition.js';
import type { Flag, RegionReport } from './report-model.js';
import { ReportError } from './report-error.js';
import type { ResolvedModel } from './resolved-model.js';
import { regionRoleHolders } from './role-holders.js';
import { checkDuration, interviewCountDeviation, unmetRequirements } from './scan-checks.js';
import type { ScanData } from './scan-data.js';
import { countedScores, scanRoleStatistics } from './scan-statistics.js';
import { isDisagreement, isWeaklyPresent, meanOf } from './statistics.js';

/**
 * The report of one region scan, read against the resolved model version the scan names. Every figure the
 * report shows is computed here; renderers only format it.
 */
export function buildRegionReport(model: ResolvedModel, scan: ScanData): RegionReport {
    const scale = reportScale(model);
    const roles = [...model.items.role.values()];
    const roleNames = roles.map(role => role.name);
    const partyLabel = (name: string) => model.items.party.get(name)?.label ?? name;

    const respondents = scan.respondents.map(respondent => {
        const byRole = new Map(respondent.scores.map(score => [score.role, score]));
        return {
            id: respondent.id,
            party: respondent.party,
            partyLabel: partyLabel(respondent.party),
            function: respondent.function,
            personName: scan.namesVisible ? respondent.personName : undefined,
            interviewDate: respondent.interviewDate,
            scores: roleNames.map(role => {
                const score = byRole.get(role);
                const value = score?.value ?? null;
                const offScale = value !== null && !scale.points.some(point => point.value === value);
                return { role, value, note: score?.note, ...(offScale ? { offScale: true as const } : {}) };
            })
        };
    });
    const statistics = scanRoleStatistics(scan, roleNames, scale);

    const parties = orderedParties(model, respondents.map(r => r.party));
    const byParty = parties.map(party => {
        const members = scan.respondents.filter(r => r.party === party);
        return {
            party,
            partyLabel: partyLabel(party),
            roles: roleNames.map(role => {
                const scores = countedScores(members, role, scale);
                return { role, scores, mean: meanOf(scores) };
            })
        };
    });

    const focus = scan.focus === undefined ? undefined : model.items.focus.get(scan.focus);
    const use = scan.use === undefined ? undefined : model.items.use.get(scan.use);
    const theme = scan.theme === undefined ? undefined : model.items.theme.get(scan.theme);
    const area = scan.area === undefined ? undefined : model.items.area.get(scan.area);
    const roleHolders = regionRoleHolders(model, scan);
    const answers = new Map((scan.factsheet?.answers ?? []).map(answer => [answer.question, answer.text]));
    const dates = processDates(scan);

    return {
        kind: 'regio',
        region: scan.region,
        model: { name: model.key.name, version: model.key.version, title: model.title },
        focus: focus && { name: focus.name, label: focus.label },
        theme: theme && { name: theme.name, label: theme.label },
        area: area && { name: area.name, label: area.label },
        period: scanPeriod(scan),
        scale,
        roles: roles.map(role => ({
            name: role.name,
            description: role.description,
            competence: role.competence,
            actions: role.actions.map(action => ({ name: action.name, text: action.text }))
        })),
        respondents,
        statistics,
        roleHolders,
        byParty,
        flags: regionFlags(model, scan, scale, statistics, roleHolders, dates),
        characteristics: scan.traits.map(({ trait, value }) => {
            const definition = model.items.trait.get(trait);
            return {
                trait,
                traitLabel: definition?.label ?? trait,
                value,
                valueLabel: definition?.values.find(v => v.name === value)?.label ?? value
            };
        }),
        obstacles: scan.obstacles.map(({ name, note }) => ({ name, label: model.items.obstacle.get(name)?.label ?? name, note })),
        handholds: scan.handholds.map(({ name, note }) => ({ name, label: model.items.handhold.get(name)?.label ?? name, note })),
        factsheet: {
            answers: [...model.items.question.values()].map(question => ({
                question: question.name,
                text: question.text,
                answer: answers.get(question.name)
            })),
            checkedDate: scan.factsheet?.checkedDate
        },
        advice: scan.advice,
        use: use && { name: use.name, label: use.label, description: use.description },
        prompts: use ? use.prompts.map(prompt => ({ name: prompt.name, text: prompt.text })) : []
    };
}

/** The scale as the report model carries it; a model without one has failed validation already. */
export function reportScale(model: ResolvedModel): RegionReport['scale'] {
    const scale: ScaleDef | undefined = model.scale;
    if (!scale) {
        throw new ReportError({ kind: 'no-scale', model: model.key });
    }
    // The model's validation reports such a scale; a report of a scan must not draw its millions of points.
    if (scale.min >= scale.max || scale.max > LIMITS.maxScaleValue || scale.max - scale.min + 1 > LIMITS.maxScalePoints) {
        throw new ReportError({ kind: 'invalid-scale', model: model.key, scale: scale.name, min: scale.min, max: scale.max, maxPoints: LIMITS.maxScalePoints });
    }
    return {
        name: scale.name,
        min: scale.min,
        max: scale.max,
        points: [...scale.points].sort((a, b) => a.value - b.value).map(p => ({ value: p.value, label: p.label })),
        rules: {
            weakAtMost: model.scaleRules.weakAtMost,
            disagreementFrom: model.scaleRules.disagreementFrom,
            rounding: model.scaleRules.rounding,
            deviation: model.scaleRules.deviation
        }
    };
}

/** Every dated step of the scan, in the order the method prescribes (start, interviews, check, feedback). */
export function processDates(scan: ScanData): string[] {
    return [
        scan.startDate,
        ...scan.respondents.map(r => r.interviewDate),
        scan.factsheet?.checkedDate,
        scan.feedbackDate
    ].filter((date): date is string => date !== undefined);
}

/** When the scan ran: its start and feedback, or else its first and last dated step. */
export function scanPeriod(scan: ScanData): RegionReport['period'] {
    const chronological = processDates(scan).sort();
    return { start: scan.startDate ?? chronological[0], end: scan.feedbackDate ?? chronological.at(-1) };
}

/** Parties in model order, then any the model does not know, in order of appearance. */
function orderedParties(model: ResolvedModel, used: readonly string[]): string[] {
    const present = new Set(used);
    const known = [...model.items.party.keys()].filter(party => present.has(party));
    return [...known, ...[...present].filter(party => !model.items.party.has(party))];
}

function regionFlags(
    model: ResolvedModel, scan: ScanData, scale: RegionReport['scale'], statistics: RegionReport['statistics'],
    roleHolders: RegionReport['roleHolders'], dates: readonly string[]
): Flag[] {
    const flags: Flag[] = [];
    for (const stats of statistics) {
        if (isDisagreement(stats, scale.rules)) {
            flags.push({ kind: 'onenigheid', role: stats.role, min: stats.min!, max: stats.max!, spread: stats.spread! });
        }
        if (isWeaklyPresent(stats, scale.rules)) {
            const actions = model.items.role.get(stats.role)?.actions ?? [];
            flags.push({ kind: 'zwak-aanwezig', role: stats.role, mean: stats.mean!, threshold: scale.rules.weakAtMost!, suggestions: actions.map(a => a.text) });
        }
        if (roleHolders.find(holding => holding.role === stats.role)?.state === 'niemand') {
            flags.push({ kind: 'geen-houder', role: stats.role });
        }
    }
    const focus = scan.focus === undefined ? undefined : model.items.focus.get(scan.focus);
    if (focus) {
        const unmet = unmetRequirements(focus, scan.respondents.map(r => r.party));
        if (unmet.length > 0) {
            flags.push({
                kind: 'partij-ontbreekt',
                missing: unmet.map(alternatives => alternatives.map(name => ({ name, label: model.items.party.get(name)?.label ?? name })))
            });
        }
    }
    const count = scan.respondents.length;
    if (model.interviews && interviewCountDeviation(count, model.interviews)) {
        flags.push({ kind: 'aantal-interviews', count, min: model.interviews.min, max: model.interviews.max });
    }
    const maximum = model.maxDuration;
    const duration = checkDuration(dates, maximum);
    if (duration?.exceeded && maximum) {
        flags.push({
            kind: 'doorlooptijd', days: duration.days, start: duration.start, end: duration.end,
            deadline: duration.deadline, maximum: `${maximum.amount} ${maximum.unit}`
        });
    }
    return flags;
}
