import { GrammarUtils, type AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from './generated/ast.js';

/**
 * Colours by meaning rather than by token: roles, parties, focuses and other model items alike wherever they
 * appear (declared in a model or named in a scan), scores and scale values as numbers, dates and versions
 * apart from both. Declarations carry the `declaration` modifier.
 */
export class ZelfscanSemanticTokenProvider extends AbstractSemanticTokenProvider {

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declaration = [SemanticTokenModifiers.declaration];
        const name = (type: string) => acceptor({ node, property: 'name', type, modifier: declaration });
        const ref = (property: string, type: string) => acceptor({ node, property, type });
        if (ast.isModel(node)) {
            name(SemanticTokenTypes.namespace);
            highlightWhole(node, 'version', SemanticTokenTypes.number, acceptor);
            highlightWhole(node, 'base', SemanticTokenTypes.namespace, acceptor);
        } else if (ast.isRegionScan(node)) {
            highlightWhole(node, 'model', SemanticTokenTypes.namespace, acceptor);
        } else if (ast.isRole(node)) {
            name(SemanticTokenTypes.class);
        } else if (ast.isParty(node)) {
            name(SemanticTokenTypes.interface);
        } else if (ast.isFocus(node)) {
            name(SemanticTokenTypes.struct);
        } else if (ast.isQuestion(node) || ast.isUse(node) || ast.isObstacle(node) || ast.isHandhold(node)) {
            name(SemanticTokenTypes.property);
        } else if (ast.isTrait(node)) {
            name(SemanticTokenTypes.enum);
        } else if (ast.isTraitValue(node) || ast.isTheme(node) || ast.isArea(node)) {
            name(SemanticTokenTypes.enumMember);
        } else if (ast.isAction(node) || ast.isPrompt(node)) {
            name(SemanticTokenTypes.method);
        } else if (ast.isScale(node)) {
            name(SemanticTokenTypes.type);
        } else if (ast.isScalePoint(node)) {
            ref('value', SemanticTokenTypes.number);
        } else if (ast.isRespondent(node)) {
            name(SemanticTokenTypes.variable);
            ref('party', SemanticTokenTypes.interface);
        } else if (ast.isScore(node)) {
            ref('role', SemanticTokenTypes.class);
            if (node.value !== undefined) {
                ref('value', SemanticTokenTypes.number);
            }
        } else if (ast.isPartyChoice(node)) {
            node.parties.forEach((_, index) => acceptor({ node, property: 'parties', index, type: SemanticTokenTypes.interface }));
        } else if (ast.isScanFocus(node)) {
            ref('focus', SemanticTokenTypes.struct);
        } else if (ast.isScanUse(node) || ast.isObstacleNote(node) || ast.isHandholdNote(node) || ast.isAnswer(node)) {
            ref(ast.isScanUse(node) ? 'use' : ast.isObstacleNote(node) ? 'obstacle' : ast.isHandholdNote(node) ? 'handhold' : 'question',
                SemanticTokenTypes.property);
        } else if (ast.isScanTheme(node) || ast.isScanArea(node)) {
            ref(ast.isScanTheme(node) ? 'theme' : 'area', SemanticTokenTypes.enumMember);
        } else if (ast.isRoleHolding(node)) {
            ref('role', SemanticTokenTypes.class);
        } else if (ast.isPartyHolder(node)) {
            ref('party', SemanticTokenTypes.interface);
        } else if (ast.isTraitSetting(node)) {
            ref('trait', SemanticTokenTypes.enum);
            ref('value', SemanticTokenTypes.enumMember);
        } else if (ast.isRetirement(node)) {
            ref('target', SemanticTokenTypes.variable);
        } else if (ast.isStartMeeting(node) || ast.isFeedbackMeeting(node) || ast.isInterviewDate(node) || ast.isFactsheetCheck(node)) {
            highlightWhole(node, 'date', SemanticTokenTypes.number, acceptor, [SemanticTokenModifiers.readonly]);
        }
    }
}

/** A value written as several tokens (a version, a date, a model key) is one highlighted span. */
function highlightWhole(node: AstNode, property: string, type: string, acceptor: SemanticTokenAcceptor, modifier?: string[]): void {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    if (cst && cst.range.start.line === cst.range.end.line) {
        acceptor({ range: cst.range, type, modifier });
    }
}
