import { AstUtils, type AstNode, type Reference, type ValidationAcceptor, type ValidationChecks } from 'langium';
import { parseIsoDate } from '../domain/dates.js';
import type { ItemKind } from '../domain/model-definition.js';
import { modelKeyLabel } from '../domain/model-key.js';
import type { ResolvedModel } from '../domain/resolved-model.js';
import { checkDuration, dateOrderViolations, interviewCountDeviation, unmetRequirements, type DatedStep, type ProcessStep } from '../domain/scan-checks.js';
import * as ast from './generated/ast.js';
import { IssueCodes, duplicatesBy, issue, line } from './issue-codes.js';
import type { ResolvedModels } from './resolved-models.js';
import type { ZelfscanServices } from './zelfscan-module.js';
import { scanReferenceOf } from './item-kind-syntax.js';
import { kindLabel } from '../report/item-kind-texts.js';

export function registerRegioscanValidationChecks(services: ZelfscanServices): void {
    const validator = new RegioscanValidator(services.shared.models.ResolvedModels);
    const checks: ValidationChecks<ast.ZelfscanAstType> = {
        RegionScan: [validator.checkNewerVersion, validator.checkRetiredReferences, validator.checkSingleSettings, validator.checkRespondents,
            validator.checkFocus, validator.checkInterviewCount, validator.checkDates, validator.checkFactsheet],
        Respondent: validator.checkScores,
        RoleHolders: validator.checkRoleHolders,
        RoleHolding: validator.checkHolders,
        Score: validator.checkScoreValue
    };
    services.validation.ValidationRegistry.register(checks, validator);
}


/** Each scan reference to a model item, with the kind of item it names. */
export function* itemReferences(scan: ast.RegionScan): Generator<{ node: AstNode; property: string; ref: Reference; kind: ItemKind }> {
    for (const node of AstUtils.streamAllContents(scan)) {
        const reference = scanReferenceOf(node);
        const ref = reference && (node as unknown as Record<string, Reference | undefined>)[reference.property];
        if (reference && ref) {
            yield { node, property: reference.property, ref, kind: reference.kind };
        }
    }
}

export class RegioscanValidator {

    constructor(private readonly models: ResolvedModels) {}

    private modelOf(node: AstNode): ResolvedModel<AstNode> | undefined {
        const scan = AstUtils.getContainerOfType(node, ast.isRegionScan);
        return scan && this.models.ofScan(scan)?.resolved;
    }

    /** Information, not a problem: the scan stays valid on its version, but a newer one exists to move to. */
    checkNewerVersion(scan: ast.RegionScan, accept: ValidationAcceptor): void {
        const current = scan.model?.ref;
        const newest = current && this.models.newestSuccessor(current);
        if (newest) {
            const label = modelKeyLabel({ name: newest.name, version: newest.version });
            accept('info', `Er is een nieuwere versie van dit model: ${label}. 'Scan bijwerken naar ${label}' of zelfscan migrate --naar "${label}" zet de scan over, hernoemingen inbegrepen, als alles wat hij gebruikt daar nog bestaat.`,
                { node: scan, property: 'model', ...issue(IssueCodes.NewerVersion, { newest: label }) });
        }
    }

    checkRetiredReferences(scan: ast.RegionScan, accept: ValidationAcceptor): void {
        const model = this.modelOf(scan);
        // Most versions retire and rename nothing; then there is no need to walk the scan.
        if (!model || [...Object.values(model.retired), ...Object.values(model.renamed)].every(names => names.size === 0)) {
            return;
        }
        for (const { node, property, ref, kind } of itemReferences(scan)) {
            const renamed = ref?.ref && model.renamed[kind].get(ref.$refText);
            if (renamed) {
                accept('error', `${kindLabel(kind)} '${ref.$refText}' heet sinds ${modelKeyLabel(renamed.renamedIn)} '${renamed.item.name}'. Schrijf '${renamed.item.name}'.`,
                    { node, property: property as never, ...issue(IssueCodes.RenamedUsed, { kind, name: ref.$refText, newName: renamed.item.name }) });
                continue;
            }
            const retired = ref?.ref && model.retired[kind].get(ref.$refText);
            if (retired) {
                accept('error', `${kindLabel(kind)} '${ref.$refText}' is vervallen in ${modelKeyLabel(retired.retiredIn)}. Gebruik wat deze versie nog kent, of maak de scan met een versie waarin '${ref.$refText}' bestaat.`,
                    { node, property: property as never, ...issue(IssueCodes.RetiredUsed, { kind, name: ref.$refText }) });
            }
        }
    }

    checkSingleSettings(scan: ast.RegionScan, accept: ValidationAcceptor): void {
        const singles: ReadonlyArray<[(m: ast.ScanMember) => boolean, string]> = [
            [ast.isScanFocus, 'focus'], [ast.isScanUse, 'gebruik'], [ast.isStartMeeting, 'startgesprek'],
            [ast.isFeedbackMeeting, 'terugkoppeling'], [ast.isAdvice, 'advies'], [ast.isFactsheet, 'factsheet'],
            [ast.isNamesVisible, 'namen'], [ast.isScanTheme, 'thema'], [ast.isScanArea, 'gebied'], [ast.isRoleHolders, 'rolhouders']
        ];
        for (const [guard, keyword] of singles) {
            const found = scan.members.filter(guard);
            for (const extra of found.slice(1)) {
                accept('error', `'${keyword}' staat meer dan eens in deze scan (eerst op regel ${line(found[0])}). Houd er één over.`,
                    { node: extra, keyword, ...issue(IssueCodes.DuplicateName) });
            }
        }
        for (const { item, first } of duplicatesBy(scan.members.filter(ast.isTraitSetting), t => t.trait?.$refText)) {
            accept('error', `Kenmerk '${item.trait.$refText}' heeft al een waarde op regel ${line(first)}. Geef elk kenmerk één waarde.`,
                { node: item, property: 'trait', ...issue(IssueCodes.DuplicateName) });
        }
    }

    checkRespondents(scan: ast.RegionScan, accept: ValidationAcceptor): void {
        for (const { item, first } of duplicatesBy(scan.members.filter(ast.isRespondent), r => r.name)) {
            accept('error', `Respondent '${item.name}' komt al voor op regel ${line(first)}. Geef elke respondent een eigen code, bijvoorbeeld R1, R2, …`,
                { node: item, property: 'name', ...issue(IssueCodes.DuplicateRespondent) });
        }
    }

    checkFocus(scan: ast.RegionScan, accept: ValidationAcceptor): void {
        const model = this.modelOf(scan);
        if (!model || model.items.focus.size === 0) {
            return;
        }
        const focusSetting = scan.members.find(ast.isScanFocus);
        if (!focusSetting) {
            const known = [...model.items.focus.keys()].join(', ');
            accept('warning', `Deze scan noemt geen focus, dus niet te controleren is welke partijen geïnterviewd moeten worden. Voeg 'focus …' toe (${known}).`,
                { node: scan, property: 'region', ...issue(IssueCodes.FocusMissing) });
            return;
        }
        const focus = model.items.focus.get(focusSetting.focus?.$refText);
        if (!focus) {
            return;
        }
        const interviewed = scan.members.filter(ast.isRespondent).map(r => r.party?.$refText);
        const unmet = unmetRequirements(focus, interviewed);
        if (unmet.length > 0) {
            const described = unmet.map(alternatives => alternatives.join(' of ')).join('; ');
            accept('warning', `Bij focus '${focus.name}' ontbreekt een interview met: ${described}. Voeg een respondent van ${unmet.length === 1 ? 'die partij' : 'elk van deze partijen'} toe.`,
                { node: focusSetting, property: 'focus', ...issue(IssueCodes.RequiredPartyMissing, { missing: unmet }) });
        }
    }

    checkInterviewCount(scan: ast.RegionScan, accept: ValidationAcceptor): void {
        const range = this.modelOf(scan)?.interviews;
        const count = scan.members.filter(ast.isRespondent).length;
        const deviation = interviewCountDeviation(count, range);
        if (deviation && range) {
            accept('warning', `Deze scan heeft ${count} ${count === 1 ? 'respondent' : 'respondenten'}; het model vraagt ${range.min} tot ${range.max} interviews per regio (${deviation === 'te-weinig' ? 'te weinig' : 'te veel'}).`,
                { node: scan, property: 'region', ...issue(IssueCodes.InterviewCount, { count, ...range }) });
        }
    }

    checkDates(scan: ast.RegionScan, accept: ValidationAcceptor): void {
        const steps: Array<DatedStep<AstNode & { date: string }>> = [];
        const add = (step: ProcessStep, node: (AstNode & { date: string }) | undefined) => {
            if (node?.date) {
                steps.push({ step, date: node.date, ref: node });
            }
        };
        add('startgesprek', scan.members.find(ast.isStartMeeting));
        for (const respondent of scan.members.filter(ast.isRespondent)) {
            respondent.parts.filter(ast.isInterviewDate).forEach(d => add('interview', d));
        }
        scan.members.filter(ast.isFactsheet).forEach(f => add('factsheet-getoetst', f.parts.find(ast.isFactsheetCheck)));
        add('terugkoppeling', scan.members.find(ast.isFeedbackMeeting));

        for (const step of steps) {
            if (!parseIsoDate(step.date)) {
                accept('error', `'${step.date}' is geen bestaande datum. Schrijf datums als JJJJ-MM-DD, bijvoorbeeld 2024-03-15.`,
                    { node: step.ref!, property: 'date', ...issue(IssueCodes.InvalidDate) });
            }
        }
        for (const { later, earlier } of dateOrderViolations(steps)) {
            accept('warning', `Deze datum (${later.date}, ${STEP_NAMES[later.step]}) ligt vóór ${STEP_NAMES[earlier.step]} (${earlier.date}, regel ${line(earlier.ref!)}). De volgorde is: startgesprek, interviews, toetsing van de factsheet, terugkoppeling.`,
                { node: later.ref!, property: 'date', ...issue(IssueCodes.DateOrder) });
        }
        const maximum = this.modelOf(scan)?.maxDuration;
        const duration = checkDuration(steps.map(s => s.date), maximum);
        if (duration?.exceeded && maximum) {
            const last = steps.filter(s => s.date === duration.end).at(-1)!;
            accept('warning', `De scan duurt ${duration.days} dagen (${duration.start} tot ${duration.end}); het model staat maximaal ${maximum.amount} ${maximum.unit} toe, dus tot ${duration.deadline}.`,
                { node: last.ref!, property: 'date', ...issue(IssueCodes.DurationExceeded, { ...duration }) });
        }
    }

    checkFactsheet(scan: ast.RegionScan, accept: ValidationAcceptor): void {
        const model = this.modelOf(scan);
        if (!model) {
            return;
        }
        const factsheet = scan.members.find(ast.isFactsheet);
        const answers = factsheet?.parts.filter(ast.isAnswer) ?? [];
        for (const { item, first } of duplicatesBy(answers, a => a.question?.$refText)) {
            accept('error', `Vraag '${item.question.$refText}' is al beantwoord op regel ${line(first)}. Voeg beide antwoorden samen tot één.`,
                { node: item, property: 'question', ...issue(IssueCodes.DuplicateAnswer) });
        }
        const answered = new Set(answers.map(a => a.question?.$refText));
        const open = [...model.items.question.keys()].filter(q => !answered.has(q));
        if (open.length > 0) {
            const message = `De factsheet beantwoordt ${open.length === 1 ? 'vraag' : 'de vragen'} ${open.join(', ')} nog niet. Voeg 'antwoord ${open[0]} "…"' toe${factsheet ? '' : ' in een blok factsheet { … }'}.`;
            const details = issue(IssueCodes.QuestionUnanswered, { questions: open });
            if (factsheet) {
                accept('warning', message, { node: factsheet, keyword: 'factsheet', ...details });
            } else {
                accept('warning', message, { node: scan, property: 'region', ...details });
            }
        }
    }

    checkScores(respondent: ast.Respondent, accept: ValidationAcceptor): void {
        const scores = respondent.parts.filter(ast.isScore);
        for (const { item, first } of duplicatesBy(scores, s => s.role?.$refText)) {
            accept('error', `Respondent ${respondent.name} scoort rol '${item.role.$refText}' al op regel ${line(first)}. Houd één score per rol over.`,
                { node: item, property: 'role', ...issue(IssueCodes.DuplicateScore) });
        }
        const singles: ReadonlyArray<[(p: ast.RespondentPart) => boolean, string]> = [[ast.isPersonName, 'naam'], [ast.isInterviewDate, 'interview']];
        for (const [guard, keyword] of singles) {
            for (const extra of respondent.parts.filter(guard).slice(1)) {
                accept('error', `'${keyword}' staat meer dan eens bij respondent ${respondent.name}. Houd er één over.`,
                    { node: extra, keyword, ...issue(IssueCodes.DuplicateName) });
            }
        }
        const model = this.modelOf(respondent);
        // A misspelt role already has a linking error with a suggestion; saying that the intended role is
        // unscored as well would send the user after the same typo twice.
        if (!model || scores.some(s => s.role && !s.role.ref)) {
            return;
        }
        // An old name of a renamed role counts for the role (its own error says to write the new name).
        const scored = new Set(scores.map(s => s.role && (model.renamed.role.get(s.role.$refText)?.item.name ?? s.role.$refText)));
        const missing = [...model.items.role.keys()].filter(role => !scored.has(role));
        if (missing.length > 0) {
            accept('warning', `Respondent ${respondent.name} geeft geen score voor ${missing.join(', ')}. Voeg per rol een score toe, of '${missing[0]} ?' als de respondent geen oordeel heeft.`,
                { node: respondent, property: 'name', ...issue(IssueCodes.MissingScore, { roles: missing }) });
        }
    }

    /** One line per role: an old name of a renamed role counts for the role it names now. */
    checkRoleHolders(holders: ast.RoleHolders, accept: ValidationAcceptor): void {
        const model = this.modelOf(holders);
        const roleOf = (holding: ast.RoleHolding) => holding.role && (model?.renamed.role.get(holding.role.$refText)?.item.name ?? holding.role.$refText);
        for (const { item, first } of duplicatesBy(holders.holdings, roleOf)) {
            accept('error', `Rol '${item.role.$refText}' staat al bij de rolhouders op regel ${line(first)}. Zet alle houders van een rol op één regel, gescheiden door komma's.`,
                { node: item, property: 'role', ...issue(IssueCodes.DuplicateHolding) });
        }
    }

    /** `niemand` is a finding of its own: nobody holds the role, so it stands alone; a holder is named once. */
    checkHolders(holding: ast.RoleHolding, accept: ValidationAcceptor): void {
        const role = holding.role?.$refText ?? '';
        const nobodies = holding.holders.filter(ast.isNoHolder);
        const named = holding.holders.filter(holder => !ast.isNoHolder(holder));
        if (named.length > 0) {
            for (const nobody of nobodies) {
                accept('error', `Bij rol '${role}' staat 'niemand' naast ${named.length === 1 ? 'een houder' : `${named.length} houders`}. Laat 'niemand' weg als iemand de rol vervult, of de houders als niemand dat doet.`,
                    { node: nobody, keyword: 'niemand', ...issue(IssueCodes.NobodyWithHolders) });
            }
        } else {
            for (const extra of nobodies.slice(1)) {
                accept('error', `'niemand' staat meer dan eens bij rol '${role}'. Houd er één over.`,
                    { node: extra, keyword: 'niemand', ...issue(IssueCodes.NobodyWithHolders) });
            }
        }
        const key = (holder: ast.Holder) => ast.isPartyHolder(holder) ? `partij ${holder.party?.$refText ?? ''} ${holder.function ?? ''}`
            : ast.isFunctionHolder(holder) ? ` ${holder.function ?? ''}` : undefined;
        for (const { item, first } of duplicatesBy(named, key)) {
            accept('warning', `${holderDescription(item)} staat al bij rol '${role}' (regel ${line(first)}). Noem elke houder één keer.`,
                { node: item, ...issue(IssueCodes.DuplicateHolder) });
        }
    }

    checkScoreValue(score: ast.Score, accept: ValidationAcceptor): void {
        const scale = this.modelOf(score)?.scale;
        if (!scale || score.value === undefined || score.unknown) {
            return;
        }
        if (score.value < scale.min || score.value > scale.max) {
            const scaleNode = scale.source;
            const document = scaleNode && AstUtils.getDocument(scaleNode);
            accept('error', `Score ${score.value} valt buiten de schaal ${scale.name} (${scale.min} tot en met ${scale.max}). Kies een waarde van ${scale.min} tot en met ${scale.max}, of '?' voor geen oordeel.`,
                {
                    node: score, property: 'value', ...issue(IssueCodes.ScoreOutsideScale, { min: scale.min, max: scale.max }),
                    relatedInformation: document && scaleNode.$cstNode ? [{
                        location: { uri: document.uri.toString(), range: scaleNode.$cstNode.range },
                        message: `De schaal ${scale.name} loopt van ${scale.min} tot en met ${scale.max}.`
                    }] : undefined
                });
        }
    }
}

/** A holder as written, for a message: `partij gemeente "beleidsadviseur"` or `"beleidsadviseur"`. */
function holderDescription(holder: ast.Holder): string {
    const fn = 'function' in holder && holder.function !== undefined ? `"${holder.function}"` : undefined;
    return 'Houder ' + (ast.isPartyHolder(holder) ? [`partij ${holder.party?.$refText ?? ''}`, fn].filter(Boolean).join(' ') : fn ?? '');
}

const STEP_NAMES: Readonly<Record<ProcessStep, string>> = {
    'startgesprek': 'het startgesprek',
    'interview': 'een interview',
    'factsheet-getoetst': 'de toetsing van de factsheet',
    'terugkoppeling': 'de terugkoppeling'
};
