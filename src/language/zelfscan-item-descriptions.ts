import { AstUtils, type AstNode } from 'langium';
import { modelKeyLabel } from '../domain/model-key.js';
import * as ast from './generated/ast.js';
import { KIND_OF_DECLARATION } from './item-kind-syntax.js';
import { kindWords } from '../report/item-kind-texts.js';

/**
 * How editor features (completion, hover, outline) describe a model item in Dutch. One place, so that the
 * completion detail and the hover of the same item never disagree.
 */

/** The Dutch noun of each kind of declared item. */
export const ITEM_NOUNS: Readonly<Record<string, string>> = {
    ...Object.fromEntries(Object.entries(KIND_OF_DECLARATION).map(([type, kind]) => [type, kindWords(kind!).singular])),
    TraitValue: kindWords('value').singular, Action: kindWords('action').singular, Prompt: kindWords('prompt').singular,
    Model: 'model', Scale: 'schaal', Respondent: 'respondent'
};

/** A one-line Dutch description of an item, for a completion item's `detail`. */
export function itemDetail(node: AstNode): string | undefined {
    if (ast.isRole(node)) {
        return node.parts.filter(ast.isRoleDescription).at(-1)?.text ?? 'rol';
    }
    if (ast.isParty(node) || ast.isFocus(node) || ast.isUse(node) || ast.isObstacle(node) || ast.isHandhold(node)
        || ast.isTrait(node) || ast.isTraitValue(node) || ast.isTheme(node) || ast.isArea(node)) {
        return node.label;
    }
    if (ast.isQuestion(node) || ast.isAction(node) || ast.isPrompt(node)) {
        return node.text;
    }
    if (ast.isModel(node)) {
        return node.members.filter(ast.isTitle).at(-1)?.text ?? modelKeyLabel(node);
    }
    return undefined;
}

/** Markdown shown when hovering a declared item or a reference to it. */
export function itemMarkdown(node: AstNode): string | undefined {
    const noun = ITEM_NOUNS[node.$type];
    if (ast.isRole(node)) {
        const description = node.parts.filter(ast.isRoleDescription).at(-1)?.text;
        const competence = node.parts.filter(ast.isRoleCompetence).at(-1)?.text;
        const actions = node.parts.filter(ast.isAction);
        return [
            `**Rol ${node.name}**${origin(node)}`,
            description && description,
            competence && `*Kerncompetentie:* ${competence}`,
            actions.length > 0 && `*Acties:*\n${actions.map(a => `- ${a.text}`).join('\n')}`
        ].filter(Boolean).join('\n\n');
    }
    if (ast.isParty(node)) {
        return `**Partij ${node.name}**: ${node.label}${origin(node)}`;
    }
    if (ast.isFocus(node)) {
        const requirements = node.requirements.flatMap(r => r.alternatives)
            .map(choice => choice.parties.map(p => partyText(p)).join(' of '));
        return [
            `**Focus ${node.name}**: ${node.label}${origin(node)}`,
            requirements.length > 0 && `*Vereiste partijen:*\n${requirements.map(r => `- ${r}`).join('\n')}`
        ].filter(Boolean).join('\n\n');
    }
    if (ast.isQuestion(node)) {
        return `**Vraag ${node.name}**: ${node.text}${origin(node)}`;
    }
    if (ast.isUse(node)) {
        const description = node.parts.filter(ast.isUseDescription).at(-1)?.text;
        const prompts = node.parts.filter(ast.isPrompt);
        return [
            `**Gebruik ${node.name}**: ${node.label}${origin(node)}`,
            description && description,
            prompts.length > 0 && `*Reflectievragen:*\n${prompts.map(p => `- ${p.text}`).join('\n')}`
        ].filter(Boolean).join('\n\n');
    }
    if (ast.isTheme(node) || ast.isArea(node)) {
        return `**${capitalize(noun)} ${node.name}**: ${node.label}${origin(node)}`;
    }
    if (ast.isObstacle(node) || ast.isHandhold(node)) {
        return [`**${capitalize(noun)} ${node.name}**: ${node.label}${origin(node)}`, node.description].filter(Boolean).join('\n\n');
    }
    if (ast.isTrait(node)) {
        return [
            `**Kenmerk ${node.name}**: ${node.label}${origin(node)}`,
            node.values.length > 0 && `*Waarden:*\n${node.values.map(v => `- ${v.name}: ${v.label}`).join('\n')}`
        ].filter(Boolean).join('\n\n');
    }
    if (ast.isTraitValue(node)) {
        return `**Waarde ${node.name}** van kenmerk ${node.$container.name}: ${node.label}`;
    }
    if (ast.isAction(node) || ast.isPrompt(node)) {
        return `**${capitalize(noun)} ${node.name}**: ${node.text}`;
    }
    if (ast.isModel(node)) {
        return modelMarkdown(node);
    }
    return undefined;
}

export function modelMarkdown(model: ast.Model): string {
    const title = model.members.filter(ast.isTitle).at(-1)?.text;
    const base = model.base && (model.base.ref ? modelKeyLabel(model.base.ref) : model.base.$refText.replace(/ (\S+)$/, ' versie $1'));
    return [
        `**Model ${modelKeyLabel(model)}**`,
        title && title,
        base ? `Breidt ${base} uit.` : 'Basisversie (breidt geen andere versie uit).'
    ].filter(Boolean).join('\n\n');
}

function partyText(ref: { $refText: string; ref?: ast.Party }): string {
    return ref.ref ? `${ref.$refText} (${ref.ref.label})` : ref.$refText;
}

/** Which model version declares the item, so a hover in a scan says where the definition lives. */
function origin(node: AstNode): string {
    const model = AstUtils.getContainerOfType(node, ast.isModel);
    return model ? ` · ${modelKeyLabel(model)}` : '';
}

function capitalize(text: string | undefined): string {
    return text ? text[0].toUpperCase() + text.slice(1) : '';
}
