import { compareDeclaringFiles } from './model-version-order.js';
import { AstUtils, GrammarUtils, UriUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { compareVersions, modelKeyLabel, modelKeyText } from '../domain/model-key.js';
import { boundedList, LIMITS } from '../domain/limits.js';
import { SCALE_RULE_NAMES, type ScaleRules } from '../domain/model-definition.js';
import { misfittingThresholds, thresholdRange, type ThresholdRuleName } from '../domain/scale-rules.js';
import * as ast from './generated/ast.js';
import { groupDigits } from './document-limits.js';
import { IssueCodes, duplicatesBy, issue, line } from './issue-codes.js';
import { keyOfModel, retirementKind } from './model-definition-builder.js';
import { ModelRenameChecks } from './model-rename-checks.js';
import type { ResolvedModels } from './resolved-models.js';
import { ruleNameOf, SCALE_RULE_TEXTS, writtenRule } from './scale-rule-texts.js';
import type { ZelfscanServices } from './zelfscan-module.js';
import { KIND_OF_DECLARATION } from './item-kind-syntax.js';
import { StrandedScanChecks } from './stranded-scan-checks.js';
import { kindWords } from '../report/item-kind-texts.js';

export function registerZelfscanValidationChecks(services: ZelfscanServices): void {
    const validator = new ZelfscanValidator(services);
    const renames = new ModelRenameChecks(services.shared.models.ResolvedModels);
    const rename = renames.checkRename.bind(renames);
    const stranded = new StrandedScanChecks(services);
    const checks: ValidationChecks<ast.ZelfscanAstType> = {
        Model: [validator.checkUniqueNames, validator.checkSingleSettings, validator.checkBase, validator.checkUniqueModel,
            validator.checkCompleteness, stranded.checkStrandedScans.bind(stranded)],
        Scale: validator.checkScale,
        WeakRule: validator.checkThreshold,
        DisagreementRule: validator.checkThreshold,
        Role: [validator.checkUniqueActions, rename],
        Use: [validator.checkUniquePrompts, rename],
        Trait: [validator.checkUniqueTraitValues, rename],
        Party: rename, Focus: rename, Question: rename, Obstacle: rename, Handhold: rename,
        Action: rename, Prompt: rename, TraitValue: rename,
        InterviewRange: validator.checkRange,
        MaxDuration: validator.checkDuration,
        AnonymityMinimum: validator.checkAnonymityMinimum,
        Retirement: validator.checkRetirement,
        PartyChoice: validator.checkRequiredPartiesActive
    };
    services.validation.ValidationRegistry.register(checks, validator);
}

/** What each kind of named model member is called in messages: the item kinds, and the scale. */
const MEMBER_NOUNS: Partial<Record<string, string>> = {
    ...Object.fromEntries(Object.entries(KIND_OF_DECLARATION).map(([type, kind]) => [type, kindWords(kind!).singular])),
    Scale: 'schaal'
};


/** Settings a model states at most once. */
const SINGLE_SETTINGS: ReadonlyArray<[(m: ast.ModelMember) => boolean, string]> = [
    [ast.isTitle, 'titel'], [ast.isSource, 'bron'], [ast.isScale, 'schaal'],
    [ast.isInterviewRange, 'interviews'], [ast.isMaxDuration, 'doorlooptijd'],
    [ast.isWeakRule, 'zwak'], [ast.isDisagreementRule, 'onenigheid'], [ast.isRoundingRule, 'afronding'],
    [ast.isDeviationRule, 'standaarddeviatie'], [ast.isAnonymityMinimum, 'anoniem']
];

export class ZelfscanValidator {

    private readonly models: ResolvedModels;
    private readonly services: ZelfscanServices;

    constructor(services: ZelfscanServices) {
        this.services = services;
        this.models = services.shared.models.ResolvedModels;
    }

    checkUniqueNames(model: ast.Model, accept: ValidationAcceptor): void {
        // A second scale is already reported as a setting stated twice; its name is not a second problem.
        const named = model.members.filter((m): m is Extract<ast.ModelMember, { name: string }> =>
            'name' in m && MEMBER_NOUNS[m.$type] !== undefined && !ast.isScale(m));
        for (const { item, first } of duplicatesBy(named, m => m.name ? `${m.$type}:${m.name}` : undefined)) {
            const noun = MEMBER_NOUNS[item.$type]!;
            const renamed = (m: ast.ModelMember) => (m as { renamedFrom?: { $refText: string } }).renamedFrom?.$refText;
            if (renamed(item) !== undefined && renamed(first) !== undefined) {
                accept('error', `Twee hernoemingen naar '${item.name}': '${renamed(first)}' op regel ${line(first)} en '${renamed(item)}' hier. Geef elke hernoemde ${noun} een eigen naam.`,
                    { node: item, property: 'name', ...issue(IssueCodes.RenameInvalid) });
                continue;
            }
            // A neuter noun (het thema, het knelpunt) takes 'dubbel' and 'elk'.
            const kind = KIND_OF_DECLARATION[item.$type];
            const neuter = kind !== undefined && kindWords(kind).definite.startsWith('het ');
            accept('error', `${neuter ? 'Dubbel' : 'Dubbele'} ${noun} '${item.name}': deze naam staat al op regel ${line(first)}. Geef ${neuter ? 'elk' : 'elke'} ${noun} een eigen naam, of voeg beide samen.`,
                { node: item, property: 'name', ...issue(IssueCodes.DuplicateName) });
        }
    }

    checkSingleSettings(model: ast.Model, accept: ValidationAcceptor): void {
        for (const [guard, keyword] of SINGLE_SETTINGS) {
            const found = model.members.filter(guard);
            for (const extra of found.slice(1)) {
                accept('error', `'${keyword}' staat meer dan eens in dit model (eerst op regel ${line(found[0])}). Houd er één over.`,
                    { node: extra, keyword, ...issue(IssueCodes.DuplicateSetting) });
            }
        }
    }

    checkBase(model: ast.Model, accept: ValidationAcceptor): void {
        const base = model.base?.ref;
        if (!base) {
            return;
        }
        if (this.models.of(model).cycle) {
            accept('error', `Kringverwijzing: ${modelKeyLabel(keyOfModel(base))} breidt, direct of via andere versies, deze versie weer uit. Een versie kan alleen een oudere uitbreiden.`,
                { node: model, property: 'base', ...issue(IssueCodes.ExtendsCycle) });
        } else if (base.name === model.name && model.version && base.version && compareVersions(model.version, base.version) <= 0) {
            accept('error', `Versie ${model.version} is niet nieuwer dan versie ${base.version}, die ze uitbreidt. Geef deze versie een hoger nummer dan ${base.version}.`,
                { node: model, property: 'version', ...issue(IssueCodes.VersionNotNewer) });
        }
    }

    checkUniqueModel(model: ast.Model, accept: ValidationAcceptor): void {
        if (!model.name || !model.version) {
            return;
        }
        const key = modelKeyText(keyOfModel(model));
        const own = AstUtils.getDocument(model).uri;
        // The other file whose URI sorts first, as references resolve: the same name whatever order files were loaded in.
        const other = this.services.shared.workspace.IndexManager.allElements('Model')
            .filter(d => d.name === key && d.documentUri.toString() !== own.toString())
            .toArray()
            .sort(compareDeclaringFiles)[0];
        if (other) {
            // Relative to this file, so that two copies with the same file name in different folders are told apart.
            const where = UriUtils.relative(UriUtils.dirname(own), other.documentUri);
            accept('error', `${modelKeyLabel(keyOfModel(model))} is ook vastgelegd in ${where}. Elke versie mag maar in één bestand staan; geef deze een ander versienummer.`,
                { node: model, property: 'version', ...issue(IssueCodes.DuplicateModel) });
        }
    }

    checkCompleteness(model: ast.Model, accept: ValidationAcceptor): void {
        const resolution = this.models.of(model);
        if (resolution.cycle || resolution.brokenBase) {
            return;
        }
        if (!resolution.resolved.scale) {
            accept('error', `Het model heeft geen schaal. Voeg bijvoorbeeld 'schaal aanwezigheid 1..5 { 1 "…" … }' toe, of breid een versie uit die er een heeft.`,
                { node: model, property: 'name', ...issue(IssueCodes.ScaleMissing) });
        }
        const ownScale = model.members.filter(ast.isScale).at(-1);
        if (resolution.resolved.scale && ownScale) {
            this.checkResolvedScaleRules(model, ownScale, resolution.resolved.scaleRules, accept);
        }
        for (const role of resolution.resolved.items.role.values()) {
            if (role.source && AstUtils.getContainerOfType(role.source, ast.isModel) !== model) {
                continue;
            }
            // A rename whose old name is not found has its own error; what the role lacks follows from it.
            if ((role.source as ast.Role | undefined)?.renamedFrom && !(role.source as ast.Role).renamedFrom!.ref) {
                continue;
            }
            const missing = [!role.description && 'omschrijving', !role.competence && 'competentie', role.actions.length === 0 && 'acties']
                .filter(Boolean);
            if (missing.length > 0 && role.source) {
                accept('warning', `Rol '${role.name}' mist: ${missing.join(', ')}. De lege zelfscan en de rapporten tonen deze gegevens bij de rol.`,
                    { node: role.source as ast.Role, property: 'name', ...issue(IssueCodes.RoleIncomplete, { missing }) });
            }
        }
    }

    checkScale(scale: ast.Scale, accept: ValidationAcceptor): void {
        if (typeof scale.min !== 'number' || typeof scale.max !== 'number') {
            return; // half-typed: the parser reports the missing number
        }
        if (scale.min >= scale.max) {
            accept('error', `Een schaal loopt van laag naar hoog: ${scale.min}..${scale.max} is leeg of omgekeerd. Schrijf bijvoorbeeld 1..5.`,
                { node: scale, property: 'max', ...issue(IssueCodes.ScaleBounds) });
            return;
        }
        // Checked before anything walks the points, so that `1..10000000` costs no more than `1..5`.
        const { maxScaleValue, maxScalePoints } = LIMITS;
        const range = rangeOfBounds(scale);
        if (scale.max - scale.min + 1 > maxScalePoints) {
            accept('error', `De schaal ${scale.min}..${scale.max} heeft ${groupDigits(scale.max - scale.min + 1)} punten; een schaal heeft er hoogstens ${maxScalePoints}, elk met een eigen omschrijving. Kies een kleiner bereik, bijvoorbeeld 1..5.`,
                { node: scale, range, ...issue(IssueCodes.ScaleBounds) });
            return;
        }
        if (scale.max > maxScaleValue) {
            accept('error', `De schaalgrens ${groupDigits(scale.max)} is te groot: een schaal loopt tot hoogstens ${groupDigits(maxScaleValue)} en heeft hoogstens ${maxScalePoints} punten. Schrijf bijvoorbeeld 1..5.`,
                { node: scale, range, ...issue(IssueCodes.ScaleBounds) });
            return;
        }
        for (const point of scale.points) {
            if (point.value < scale.min || point.value > scale.max) {
                accept('error', `Schaalpunt ${point.value} valt buiten de schaal ${scale.min}..${scale.max}. Pas het bereik aan of verwijder dit punt.`,
                    { node: point, property: 'value', ...issue(IssueCodes.ScalePointOutside) });
            }
        }
        for (const { item, first } of duplicatesBy(scale.points, p => String(p.value))) {
            accept('error', `Schaalpunt ${item.value} heeft al een omschrijving op regel ${line(first)}. Elk punt krijgt precies één omschrijving.`,
                { node: item, property: 'value', ...issue(IssueCodes.DuplicateName) });
        }
        const labelled = new Set(scale.points.map(p => p.value));
        const missing: number[] = [];
        for (let value = scale.min; value <= scale.max; value++) {
            if (!labelled.has(value)) {
                missing.push(value);
            }
        }
        if (missing.length > 0) {
            const { shown, more } = boundedList(missing);
            const points = `${shown.join(', ')}${more > 0 ? ` en nog ${more}` : ''}`;
            accept('error', `De schaal ${scale.name} mist een omschrijving voor ${missing.length === 1 ? 'punt' : 'de punten'} ${points}. Geef elk punt van ${scale.min} tot en met ${scale.max} een regel zoals '${missing[0]} "…"'.`,
                { node: scale, property: 'name', ...issue(IssueCodes.ScaleGap, { missing }) });
        }
    }

    /**
     * The rules the resolved scale ends up with, checked where this version declares its scale: each rule it
     * lacks (a warning, since reports then leave out what needs it) and each inherited threshold that does
     * not fit this version's range. A threshold this version states is checked at its own line.
     */
    private checkResolvedScaleRules(model: ast.Model, scale: ast.Scale, rules: Partial<ScaleRules>, accept: ValidationAcceptor): void {
        if (!hasUsableBounds(scale)) {
            return;
        }
        for (const name of SCALE_RULE_NAMES) {
            if (rules[name] === undefined) {
                const text = SCALE_RULE_TEXTS[name];
                accept('warning', `Het model legt niet vast ${text.decides}; zonder die regel ${text.without}. Voeg bij de schaal ${scale.name} een regel toe, bijvoorbeeld '${text.example(scale)}'.`,
                    { node: scale, property: 'name', ...issue(IssueCodes.ScaleRuleMissing, { rule: name, example: text.example(scale) }) });
            }
        }
        const stated = new Set(model.members.filter(ast.isScaleRule).map(ruleNameOf));
        for (const { rule, allowed } of misfittingThresholds(rules, scale)) {
            if (!stated.has(rule)) {
                accept('error', `De regel '${writtenRule(rule, rules)}', overgenomen van een eerdere versie, past niet bij de schaal ${scale.min}..${scale.max} van deze versie. Schrijf de regel opnieuw in dit model, met een waarde van ${allowed.min} tot en met ${allowed.max}.`,
                    { node: scale, property: 'name', ...issue(IssueCodes.ScaleRuleOutside, { rule, min: allowed.min, max: allowed.max }) });
            }
        }
    }

    /** A threshold within what the scale of this version (its own or the one it inherits) allows. */
    checkThreshold(rule: ast.WeakRule | ast.DisagreementRule, accept: ValidationAcceptor): void {
        const scale = this.models.of(rule.$container).resolved.scale;
        // With two scales in one file that is the problem to fix first; with bounds checkScale refuses, too.
        if (!scale || !hasUsableBounds(scale) || typeof rule.value !== 'number' || rule.$container.members.filter(ast.isScale).length > 1) {
            return;
        }
        const name = ruleNameOf(rule) as ThresholdRuleName;
        const allowed = thresholdRange(name, scale);
        if (rule.value >= allowed.min && rule.value <= allowed.max) {
            return;
        }
        const why = ast.isWeakRule(rule)
            ? (rule.value > allowed.max ? 'dan is elke rol zwak aanwezig, ook met de hoogste score' : 'dan is geen rol ooit zwak aanwezig')
            : (rule.value < allowed.min ? 'dan verschillen twee respondenten altijd van mening' : `zo ver lopen scores op deze schaal nooit uiteen (hoogstens ${allowed.max})`);
        accept('error', `'${SCALE_RULE_TEXTS[name].written(rule.value)}' past niet bij de schaal ${scale.name} ${scale.min}..${scale.max}: ${why}. Kies een waarde van ${allowed.min} tot en met ${allowed.max}.`,
            { node: rule, property: 'value', ...issue(IssueCodes.ScaleRuleOutside, { rule: name, min: allowed.min, max: allowed.max }) });
    }

    checkUniqueActions(role: ast.Role, accept: ValidationAcceptor): void {
        this.checkUniqueParts(role.parts.filter(ast.isAction), 'actie', `rol ${role.name}`, accept);
    }

    checkUniquePrompts(use: ast.Use, accept: ValidationAcceptor): void {
        this.checkUniqueParts(use.parts.filter(ast.isPrompt), 'reflectievraag', `gebruik ${use.name}`, accept);
    }

    checkUniqueTraitValues(trait: ast.Trait, accept: ValidationAcceptor): void {
        this.checkUniqueParts(trait.values, 'waarde', `kenmerk ${trait.name}`, accept);
    }

    private checkUniqueParts(parts: ReadonlyArray<AstNode & { name: string }>, noun: string, owner: string, accept: ValidationAcceptor): void {
        for (const { item, first } of duplicatesBy(parts, p => p.name)) {
            accept('error', `Dubbele ${noun} '${item.name}' in ${owner}: deze naam staat al op regel ${line(first)}. Geef elke ${noun} een eigen naam.`,
                { node: item, property: 'name', ...issue(IssueCodes.DuplicateName) });
        }
    }

    checkRange(range: ast.InterviewRange, accept: ValidationAcceptor): void {
        if (range.min > range.max) {
            accept('error', `Het aantal interviews ${range.min}..${range.max} loopt terug. Zet het kleinste aantal voorop, bijvoorbeeld ${range.max}..${range.min}.`,
                { node: range, property: 'max', ...issue(IssueCodes.RangeBounds) });
        }
    }

    checkAnonymityMinimum(minimum: ast.AnonymityMinimum, accept: ValidationAcceptor): void {
        if (typeof minimum.size === 'number' && minimum.size < 2) {
            accept('error', `Een anonieme vergelijking van ${minimum.size} regio is niet anoniem: elk cijfer zou bij die ene regio horen. Kies 2 of meer; de flyer rekent met een ronde van 5 regio's.`,
                { node: minimum, property: 'size', ...issue(IssueCodes.RangeBounds) });
        }
    }

    checkDuration(duration: ast.MaxDuration, accept: ValidationAcceptor): void {
        if (duration.amount <= 0) {
            accept('error', `Een doorlooptijd van ${duration.amount} ${duration.unit} kan geen scan halen. Geef een positief aantal.`,
                { node: duration, property: 'amount', ...issue(IssueCodes.RangeBounds) });
        }
    }

    checkRetirement(retirement: ast.Retirement, accept: ValidationAcceptor): void {
        const model = retirement.$container;
        if (!model.base) {
            return; // the linker already says that a model without a base has nothing to retire
        }
        const kind = retirementKind(retirement);
        const target = retirement.target?.$refText;
        if (!kind || !target) {
            return; // half-typed: the parser has said what is missing
        }
        const declaredHere = model.members.some(m => 'name' in m && KIND_OF_DECLARATION[m.$type] === kind && m.name === target);
        if (declaredHere) {
            accept('error', `'${target}' wordt in dit model zowel gedeclareerd als vervallen verklaard. Kies één van beide.`,
                { node: retirement, property: 'target', ...issue(IssueCodes.RetireOwnItem) });
            return;
        }
        if (kind === 'party') {
            // A focus declared in this file is checked at its own `vereist` line; an inherited one has no line here.
            const party = target;
            const requiring = [...this.models.of(model).resolved.items.focus.values()]
                .filter(focus => AstUtils.getContainerOfType(focus.source, ast.isModel) !== model
                    && focus.requirements.some(alternatives => alternatives.includes(party)))
                .map(focus => `'${focus.name}'`);
            if (requiring.length > 0) {
                accept('error', `Partij '${party}' kan niet vervallen zolang focus ${requiring.join(', ')} deze partij vereist. Laat die focus ook vervallen, of declareer de focus opnieuw met een 'vereist'-regel zonder '${party}'.`,
                    { node: retirement, property: 'target', ...issue(IssueCodes.RetiredUsed) });
            }
        }
    }

    checkRequiredPartiesActive(choice: ast.PartyChoice, accept: ValidationAcceptor): void {
        const model = AstUtils.getContainerOfType(choice, ast.isModel);
        if (!model) {
            return;
        }
        const resolved = this.models.of(model).resolved;
        choice.parties.forEach((party, index) => {
            const retired = resolved.retired.party.get(party.$refText);
            if (retired) {
                accept('error', `Partij '${party.$refText}' is vervallen in ${modelKeyLabel(retired.retiredIn)} en kan niet meer vereist zijn. Kies een partij die nog bestaat.`,
                    { node: choice, property: 'parties', index, ...issue(IssueCodes.RetiredUsed) });
            }
        });
    }
}

/** Bounds checkScale accepts: written, rising, within the limits; only then can a threshold be held against them. */
function hasUsableBounds(scale: { min?: number; max?: number }): scale is { min: number; max: number } {
    return typeof scale.min === 'number' && typeof scale.max === 'number' && scale.min < scale.max
        && scale.max - scale.min + 1 <= LIMITS.maxScalePoints && scale.max <= LIMITS.maxScaleValue;
}

/** From the scale's lower bound to its upper bound (`1..10000000`), where a bound error belongs. */
function rangeOfBounds(scale: ast.Scale): Range | undefined {
    const min = GrammarUtils.findNodeForProperty(scale.$cstNode, 'min');
    const max = GrammarUtils.findNodeForProperty(scale.$cstNode, 'max');
    return min && max ? { start: min.range.start, end: max.range.end } : undefined;
}

