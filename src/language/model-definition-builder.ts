import type { AstNode } from 'langium';
import type { ItemKind, ModelDefinition, ModelKey, RoleDef, UseDef } from '../domain/model-definition.js';
import * as ast from './generated/ast.js';

/** The retirement keyword of each kind of model item, as written after `vervalt`. */
export const KIND_BY_KEYWORD: Readonly<Record<ast.RetirableKind, ItemKind>> = {
    rol: 'role', partij: 'party', focus: 'focus', vraag: 'question', gebruik: 'use',
    knelpunt: 'obstacle', houvast: 'handhold', kenmerk: 'trait'
};

/** Parses the text of a model reference (`Regieneming 1.1`, as the value converter builds it). */
export function parseModelKeyText(text: string): ModelKey | undefined {
    const space = text.lastIndexOf(' ');
    return space > 0 ? { name: text.slice(0, space), version: text.slice(space + 1) } : undefined;
}

export function keyOfModel(model: ast.Model): ModelKey {
    return { name: model.name, version: model.version };
}

/**
 * Reads one model file into plain data. Cross-references are read by their text, never resolved, so that
 * scoping may call this while linking is still under way.
 */
export function buildModelDefinition(model: ast.Model): ModelDefinition<AstNode> {
    const members = model.members;
    const of = <T extends ast.ModelMember>(guard: (m: ast.ModelMember) => m is T) => members.filter(guard);
    const last = <T extends ast.ModelMember>(guard: (m: ast.ModelMember) => m is T) => of(guard).at(-1);
    const scale = last(ast.isScale);
    const interviews = last(ast.isInterviewRange);
    const duration = last(ast.isMaxDuration);
    return {
        key: keyOfModel(model),
        base: model.base ? parseModelKeyText(model.base.$refText) : undefined,
        source: model,
        title: last(ast.isTitle)?.text,
        sourceText: last(ast.isSource)?.text,
        scale: scale && {
            name: scale.name, min: scale.min, max: scale.max, source: scale,
            points: scale.points.map(p => ({ value: p.value, label: p.label, source: p }))
        },
        interviews: interviews && { min: interviews.min, max: interviews.max },
        maxDuration: duration && { amount: duration.amount, unit: duration.unit },
        items: {
            role: of(ast.isRole).map(buildRole),
            party: of(ast.isParty).map(p => ({ name: p.name, label: p.label, source: p })),
            focus: of(ast.isFocus).map(f => ({
                name: f.name, label: f.label, source: f,
                requirements: f.requirements.flatMap(r => r.alternatives.map(choice => choice.parties.map(p => p.$refText)))
            })),
            question: of(ast.isQuestion).map(q => ({ name: q.name, text: q.text, source: q })),
            use: of(ast.isUse).map(buildUse),
            obstacle: of(ast.isObstacle).map(o => ({ name: o.name, label: o.label, description: o.description, source: o })),
            handhold: of(ast.isHandhold).map(h => ({ name: h.name, label: h.label, description: h.description, source: h })),
            trait: of(ast.isTrait).map(t => ({
                name: t.name, label: t.label, source: t,
                values: t.values.map(v => ({ name: v.name, label: v.label, source: v }))
            }))
        },
        retirements: of(ast.isRetirement).map(r => ({ kind: KIND_BY_KEYWORD[r.kind], name: r.target.$refText, source: r }))
    };
}

function buildRole(role: ast.Role): RoleDef<AstNode> {
    return {
        name: role.name,
        source: role,
        description: role.parts.filter(ast.isRoleDescription).at(-1)?.text,
        competence: role.parts.filter(ast.isRoleCompetence).at(-1)?.text,
        actions: role.parts.filter(ast.isAction).map(a => ({ name: a.name, text: a.text, source: a })),
        retiredActions: role.parts.filter(ast.isActionRetirement).map(r => r.action.$refText)
    };
}

function buildUse(use: ast.Use): UseDef<AstNode> {
    return {
        name: use.name,
        label: use.label,
        source: use,
        description: use.parts.filter(ast.isUseDescription).at(-1)?.text,
        prompts: use.parts.filter(ast.isPrompt).map(p => ({ name: p.name, text: p.text, source: p })),
        retiredPrompts: use.parts.filter(ast.isPromptRetirement).map(r => r.prompt.$refText)
    };
}
