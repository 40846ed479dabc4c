import type { AstNode, Reference } from 'langium';
import type { ItemKind, ModelDefinition, ModelKey, RetirementDef, RoleDef, ScaleRules, UseDef } from '../domain/model-definition.js';
import * as ast from './generated/ast.js';
import { KIND_BY_KEYWORD } from './item-kind-syntax.js';


/** The kind a retirement names, or undefined while it is half-typed (`vervalt` alone, or an unknown word). */
export function retirementKind(retirement: ast.Retirement): ItemKind | undefined {
    return retirement.kind === undefined ? undefined : KIND_BY_KEYWORD[retirement.kind];
}

/** Parses the text of a model reference (`Regieneming 1.1`, as the value converter builds it). */
export function parseModelKeyText(text: string): ModelKey | undefined {
    const space = text.lastIndexOf(' ');
    return space > 0 ? { name: text.slice(0, space), version: text.slice(space + 1) } : undefined;
}

export function keyOfModel(model: ast.Model): ModelKey {
    return { name: model.name ?? '', version: model.version ?? '' };
}

/**
 * Reads one model file into plain data. Cross-references are read by their text, never resolved, so that
 * scoping may call this while linking is still under way. Any AST gives data, even that of a half-typed file:
 * what the parser could not fill in (a name, a reference, the kind of a retirement) is left out, and a missing
 * text reads as ''. The parser has already reported what is missing.
 */
export function buildModelDefinition(model: ast.Model): ModelDefinition<AstNode> {
    const members = model.members;
    const of = <T extends ast.ModelMember>(guard: (m: ast.ModelMember) => m is T) => members.filter(guard);
    const named = <T extends ast.ModelMember & { name?: string }>(guard: (m: ast.ModelMember) => m is T) =>
        of(guard).filter(hasName);
    const last = <T extends ast.ModelMember>(guard: (m: ast.ModelMember) => m is T) => of(guard).at(-1);
    const scale = of(ast.isScale).filter(s => isNumber(s.min) && isNumber(s.max)).at(-1);
    const interviews = of(ast.isInterviewRange).filter(r => isNumber(r.min) && isNumber(r.max)).at(-1);
    const duration = of(ast.isMaxDuration).filter(d => isNumber(d.amount) && d.unit !== undefined).at(-1);
    return {
        key: keyOfModel(model),
        base: model.base ? parseModelKeyText(model.base.$refText ?? '') : undefined,
        source: model,
        title: last(ast.isTitle)?.text,
        sourceText: last(ast.isSource)?.text,
        scale: scale && {
            name: scale.name ?? '', min: scale.min, max: scale.max, source: scale,
            points: scale.points.filter(p => isNumber(p.value)).map(p => ({ value: p.value, label: p.label ?? '', source: p }))
        },
        scaleRules: scaleRules(model),
        anonymityMinimum: numberOrUndefined(last(ast.isAnonymityMinimum)?.size),
        interviews: interviews && { min: interviews.min, max: interviews.max },
        maxDuration: duration && { amount: duration.amount, unit: duration.unit },
        items: {
            role: named(ast.isRole).map(buildRole),
            party: named(ast.isParty).map(p => ({ name: p.name, renamedFrom: oldName(p), label: p.label ?? '', source: p })),
            focus: named(ast.isFocus).map(f => ({
                name: f.name, renamedFrom: oldName(f), label: f.label ?? '', source: f,
                requirements: f.requirements.flatMap(r => r.alternatives.map(choice => refTexts(choice.parties)))
                    .filter(alternatives => alternatives.length > 0)
            })),
            question: named(ast.isQuestion).map(q => ({ name: q.name, renamedFrom: oldName(q), text: q.text ?? '', source: q })),
            use: named(ast.isUse).map(buildUse),
            obstacle: named(ast.isObstacle).map(o => ({ name: o.name, renamedFrom: oldName(o), label: o.label ?? '', description: o.description, source: o })),
            handhold: named(ast.isHandhold).map(h => ({ name: h.name, renamedFrom: oldName(h), label: h.label ?? '', description: h.description, source: h })),
            trait: named(ast.isTrait).map(t => ({
                name: t.name, renamedFrom: oldName(t), label: t.label ?? '', source: t,
                values: t.values.filter(hasName).map(v => ({ name: v.name, renamedFrom: oldName(v), label: v.label ?? '', source: v }))
            })),
            theme: named(ast.isTheme).map(t => ({ name: t.name, renamedFrom: oldName(t), label: t.label ?? '', source: t })),
            area: named(ast.isArea).map(a => ({ name: a.name, renamedFrom: oldName(a), label: a.label ?? '', source: a }))
        },
        retirements: of(ast.isRetirement).flatMap((r): Array<RetirementDef<AstNode>> => {
            const kind = retirementKind(r);
            const name = r.target?.$refText;
            return kind && name ? [{ kind, name, source: r }] : [];
        })
    };
}

/** The scale rules a model states; a rule stated twice counts as its last statement, as other settings do. */
function scaleRules(model: ast.Model): Partial<ScaleRules> {
    const last = <T extends ast.ModelMember>(guard: (member: ast.ModelMember) => member is T) => model.members.filter(guard).at(-1);
    // A half-typed rule without its value states nothing.
    const weak = last(ast.isWeakRule)?.value;
    const disagreement = last(ast.isDisagreementRule)?.value;
    return {
        weakAtMost: isNumber(weak) ? weak : undefined,
        disagreementFrom: isNumber(disagreement) ? disagreement : undefined,
        rounding: last(ast.isRoundingRule)?.direction || undefined,
        deviation: last(ast.isDeviationRule)?.kind || undefined
    };
}

function buildRole(role: ast.Role): RoleDef<AstNode> {
    return {
        name: role.name,
        renamedFrom: oldName(role),
        source: role,
        description: role.parts.filter(ast.isRoleDescription).at(-1)?.text,
        competence: role.parts.filter(ast.isRoleCompetence).at(-1)?.text,
        actions: role.parts.filter(ast.isAction).filter(hasName).map(a => ({ name: a.name, renamedFrom: oldName(a), text: a.text ?? '', source: a })),
        retiredActions: refTexts(role.parts.filter(ast.isActionRetirement).map(r => r.action))
    };
}

function buildUse(use: ast.Use): UseDef<AstNode> {
    return {
        name: use.name,
        renamedFrom: oldName(use),
        label: use.label ?? '',
        source: use,
        description: use.parts.filter(ast.isUseDescription).at(-1)?.text,
        prompts: use.parts.filter(ast.isPrompt).filter(hasName).map(p => ({ name: p.name, renamedFrom: oldName(p), text: p.text ?? '', source: p })),
        retiredPrompts: refTexts(use.parts.filter(ast.isPromptRetirement).map(r => r.prompt))
    };
}

/** A node the parser gave a name; a nameless one (`gebruik "Zonder naam"`) is a syntax error, not an item. */
function hasName<T extends { name?: string }>(node: T): node is T & { name: string } {
    return typeof node.name === 'string' && node.name.length > 0;
}

function numberOrUndefined(value: unknown): number | undefined {
    return isNumber(value) ? value : undefined;
}

function isNumber(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

/** The written names of references that the parser filled in. */
function refTexts(refs: ReadonlyArray<Reference | undefined>): string[] {
    return refs.map(ref => ref?.$refText).filter((text): text is string => typeof text === 'string' && text.length > 0);
}

/** The name in the base of an item declared with `was`, by its text (see buildModelDefinition). */
function oldName(node: { renamedFrom?: { $refText: string } }): string | undefined {
    return node.renamedFrom?.$refText || undefined;
}
