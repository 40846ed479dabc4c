import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { modelKeyLabel } from '../domain/model-key.js';
import * as ast from './generated/ast.js';

/**
 * The outline of a file in the words of its users: a model lists its scale, roles, parties, focuses,
 * questions, uses and catalogues; a scan its model, settings, respondents (with party and scores) and factsheet.
 */
export class ZelfscanDocumentSymbolProvider implements DocumentSymbolProvider {

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (ast.isModel(root)) {
            return symbol(root, `model ${root.name ? modelKeyLabel(root) : ''}`.trim(), SymbolKind.Module,
                root.members.map(modelMemberSymbol).filter(isDefined), 'name');
        }
        if (ast.isRegionScan(root)) {
            return symbol(root, `regioscan ${root.region ?? ''}`.trim(), SymbolKind.File,
                root.members.map(scanMemberSymbol).filter(isDefined), 'region');
        }
        return [];
    }
}

function modelMemberSymbol(member: ast.ModelMember): DocumentSymbol | undefined {
    if (ast.isScale(member)) {
        return one(member, `schaal ${member.name} ${member.min}..${member.max}`, SymbolKind.Enum,
            member.points.map(p => one(p, `${p.value} · ${p.label}`, SymbolKind.EnumMember)));
    }
    if (ast.isRole(member)) {
        return one(member, `rol ${member.name}`, SymbolKind.Class,
            member.parts.filter(ast.isAction).map(a => one(a, `actie ${a.name}`, SymbolKind.Method, [], 'name', a.text)), 'name',
            member.parts.filter(ast.isRoleDescription).at(-1)?.text);
    }
    if (ast.isParty(member)) {
        return one(member, `partij ${member.name}`, SymbolKind.Interface, [], 'name', member.label);
    }
    if (ast.isFocus(member)) {
        return one(member, `focus ${member.name}`, SymbolKind.Struct, [], 'name', member.label);
    }
    if (ast.isQuestion(member)) {
        return one(member, `vraag ${member.name}`, SymbolKind.Field, [], 'name', member.text);
    }
    if (ast.isUse(member)) {
        return one(member, `gebruik ${member.name}`, SymbolKind.Module,
            member.parts.filter(ast.isPrompt).map(p => one(p, `reflectie ${p.name}`, SymbolKind.Method, [], 'name', p.text)), 'name', member.label);
    }
    if (ast.isObstacle(member) || ast.isHandhold(member)) {
        return one(member, `${ast.isObstacle(member) ? 'knelpunt' : 'houvast'} ${member.name}`, SymbolKind.Constant, [], 'name', member.label);
    }
    if (ast.isTrait(member)) {
        return one(member, `kenmerk ${member.name}`, SymbolKind.Enum,
            member.values.map(v => one(v, `waarde ${v.name}`, SymbolKind.EnumMember, [], 'name', v.label)), 'name', member.label);
    }
    if (ast.isTheme(member) || ast.isArea(member)) {
        return one(member, `${ast.isTheme(member) ? 'thema' : 'gebied'} ${member.name}`, SymbolKind.EnumMember, [], 'name', member.label);
    }
    if (ast.isRetirement(member)) {
        return one(member, ['vervalt', member.kind, member.target?.$refText].filter(Boolean).join(' '), SymbolKind.Null);
    }
    return undefined;
}

function scanMemberSymbol(member: ast.ScanMember): DocumentSymbol | undefined {
    if (ast.isRespondent(member)) {
        const scores = member.parts.filter(ast.isScore).map(s =>
            one(s, `${s.role?.$refText ?? '?'} ${s.unknown ? '?' : s.value ?? ''}`.trim(), SymbolKind.Number));
        return one(member, `respondent ${member.name ?? ''}`.trim(), SymbolKind.Object, scores, 'name',
            [member.party?.$refText, member.function].filter(Boolean).join(' · '));
    }
    if (ast.isFactsheet(member)) {
        return one(member, 'factsheet', SymbolKind.Namespace,
            member.parts.filter(ast.isAnswer).map(a => one(a, `antwoord ${a.question?.$refText ?? ''}`.trim(), SymbolKind.String)));
    }
    if (ast.isScanFocus(member)) {
        return one(member, `focus ${member.focus?.$refText ?? ''}`.trim(), SymbolKind.Property);
    }
    if (ast.isScanTheme(member) || ast.isScanArea(member)) {
        const [keyword, ref] = ast.isScanTheme(member) ? ['thema', member.theme] : ['gebied', member.area];
        return one(member, `${keyword} ${ref?.$refText ?? ''}`.trim(), SymbolKind.Property);
    }
    if (ast.isRoleHolders(member)) {
        return one(member, 'rolhouders', SymbolKind.Namespace,
            member.holdings.map(h => one(h, h.role?.$refText ?? '', SymbolKind.Property, [], 'role', h.holders.map(holderText).join(', '))));
    }
    if (ast.isStartMeeting(member) || ast.isFeedbackMeeting(member)) {
        return one(member, `${ast.isStartMeeting(member) ? 'startgesprek' : 'terugkoppeling'} ${member.date ?? ''}`.trim(), SymbolKind.Event);
    }
    if (ast.isAdvice(member)) {
        return one(member, 'advies', SymbolKind.String);
    }
    return undefined;
}

/** `niemand`, `partij gemeente · beleidsadviseur onderwijs` or the function alone, as the outline shows a holder. */
function holderText(holder: ast.Holder): string {
    if (ast.isNoHolder(holder)) {
        return 'niemand';
    }
    return ast.isPartyHolder(holder) ? [`partij ${holder.party?.$refText ?? ''}`, holder.function].filter(Boolean).join(' · ') : holder.function ?? '';
}

function symbol(node: AstNode, name: string, kind: SymbolKind, children: DocumentSymbol[], nameProperty: string): DocumentSymbol[] {
    const result = one(node, name, kind, children, nameProperty);
    return result ? [result] : [];
}

function one(node: AstNode, name: string, kind: SymbolKind, children: Array<DocumentSymbol | undefined> = [], nameProperty?: string, detail?: string): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    if (!cst || name.length === 0) {
        return undefined;
    }
    const selection = (nameProperty && GrammarUtils.findNodeForProperty(cst, nameProperty)) || cst;
    return { name, kind, detail, range: cst.range, selectionRange: selection.range, children: children.filter(isDefined) };
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}
