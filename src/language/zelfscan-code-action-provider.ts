import { AstUtils, CstUtils, GrammarUtils, type AstNode, type IndexManager, type LangiumDocument, type Reference, type ScopeProvider } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Position, type Range, type TextEdit } from 'vscode-languageserver';
import { closestName } from '../domain/closest-name.js';
import { modelKeyLabel } from '../domain/model-key.js';
import { splitTrailingNumber } from '../domain/trailing-number.js';
import * as ast from './generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { parseModelKeyText } from './model-definition-builder.js';
import { migrateScan } from './scan-migration.js';
import type { ResolvedModels } from './resolved-models.js';
import type { ZelfscanServices } from './zelfscan-module.js';

const INDENT = '    ';

/**
 * Quick fixes keyed on the diagnostic's `data.code`, plus one offered on a scan's model line: move the scan to
 * the newest version of its model when everything the scan uses still exists there.
 */
export class ZelfscanCodeActionProvider implements CodeActionProvider {

    private readonly models: ResolvedModels;
    private readonly scopeProvider: ScopeProvider;
    private readonly indexManager: IndexManager;
    private readonly shared: ZelfscanServices['shared'];

    constructor(services: ZelfscanServices) {
        this.shared = services.shared;
        this.models = services.shared.models.ResolvedModels;
        this.scopeProvider = services.references.ScopeProvider;
        this.indexManager = services.shared.workspace.IndexManager;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const code = (diagnostic.data as { code?: string } | undefined)?.code;
            try {
                actions.push(...this.fixesFor(document, diagnostic, code));
            } catch {
                // A fix that cannot be computed on a half-typed document is simply not offered.
            }
        }
        const root = document.parseResult.value;
        const modelCst = ast.isRegionScan(root) ? GrammarUtils.findNodeForProperty(root.$cstNode, 'model') : undefined;
        const onModelLine = modelCst && params.range.start.line <= modelCst.range.end.line && params.range.end.line >= modelCst.range.start.line;
        // Offered once: as the fix of the information when that is asked about, otherwise on the model line.
        if (ast.isRegionScan(root) && onModelLine && !actions.some(a => a.title.startsWith('Scan bijwerken naar '))) {
            const update = this.modelUpdate(document, root);
            if (update) {
                actions.push(update);
            }
        }
        return actions;
    }

    private fixesFor(document: LangiumDocument, diagnostic: Diagnostic, code: string | undefined): CodeAction[] {
        const root = document.parseResult.value;
        const data = (diagnostic.data ?? {}) as Record<string, unknown>;
        switch (code) {
            case IssueCodes.MissingScore:
                return this.addMissingScores(document, diagnostic, data.roles as string[]);
            case IssueCodes.RequiredPartyMissing:
                return ast.isRegionScan(root) ? this.addRespondents(document, root, diagnostic, data.missing as string[][]) : [];
            case IssueCodes.QuestionUnanswered:
                return ast.isRegionScan(root) ? this.addAnswers(document, root, diagnostic, data.questions as string[]) : [];
            case IssueCodes.NewerVersion: {
                const update = ast.isRegionScan(root) ? this.modelUpdate(document, root, diagnostic) : undefined;
                return update ? [update] : [];
            }
            case IssueCodes.RenamedUsed:
                return [action(`Vervang door '${data.newName}'`, document, [{ range: diagnostic.range, newText: String(data.newName) }], diagnostic, true)];
            case 'linking-error':
                return this.replaceUnknownName(document, diagnostic);
            default:
                return [];
        }
    }

    private addMissingScores(document: LangiumDocument, diagnostic: Diagnostic, roles: readonly string[]): CodeAction[] {
        const respondent = nodeAt(document, diagnostic.range.start, ast.isRespondent);
        if (!respondent || !Array.isArray(roles) || roles.length === 0) {
            return [];
        }
        const order = [...(this.models.ofScan(respondent.$container)?.resolved.items.role.keys() ?? roles)];
        const edit = insertInModelOrder(document, respondent, roles, order);
        return edit ? [action(`Ontbrekende ${roles.length === 1 ? 'rol' : 'rollen'} toevoegen met '?' (nog geen oordeel): ${roles.join(', ')}`,
            document, edit, diagnostic, true)] : [];
    }

    private addRespondents(document: LangiumDocument, scan: ast.RegionScan, diagnostic: Diagnostic, missing: ReadonlyArray<readonly string[]>): CodeAction[] {
        const roles = [...(this.models.ofScan(scan)?.resolved.items.role.keys() ?? [])];
        const name = nextRespondentName(scan.members.filter(ast.isRespondent).map(r => r.name));
        const actions: CodeAction[] = [];
        for (const party of (Array.isArray(missing) ? missing : []).flat()) {
            const lines = [`respondent ${name} partij ${party} {`, ...roles.map(role => `${INDENT}${role} ?`), '}'];
            const edit = insertMember(document, scan, lines, ast.isRespondent);
            if (edit) {
                actions.push(action(`Respondent ${name} toevoegen voor partij ${party} (scores nog '?')`, document, [edit], diagnostic, false));
            }
        }
        return actions;
    }

    private addAnswers(document: LangiumDocument, scan: ast.RegionScan, diagnostic: Diagnostic, questions: readonly string[]): CodeAction[] {
        if (!Array.isArray(questions) || questions.length === 0) {
            return [];
        }
        const answers = questions.map(q => `antwoord ${q} ""`);
        const factsheet = scan.members.find(ast.isFactsheet);
        const edit = factsheet
            ? insertBeforeClose(document, factsheet, answers)
            : insertMember(document, scan, ['factsheet {', ...answers.map(a => INDENT + a), '}'], m => ast.isRespondent(m));
        const title = `${factsheet ? '' : 'Factsheet maken en '}${factsheet ? 'L' : 'l'}ege antwoorden toevoegen voor ${questions.length === 1 ? 'vraag' : 'de vragen'} ${questions.join(', ')}`;
        return edit ? [action(title, document, [edit], diagnostic, true)] : [];
    }

    private replaceUnknownName(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const reference = referenceAt(document, diagnostic.range);
        if (!reference) {
            return [];
        }
        const { container, property, index, ref } = reference;
        let suggestion: string | undefined;
        if (ast.isRegionScan(container) && property === 'model' || ast.isModel(container) && property === 'base') {
            const labels = this.indexManager.allElements('Model').map(d => parseModelKeyText(d.name)).nonNullable().map(modelKeyLabel).toArray();
            suggestion = closestName(ref.$refText.replace(/ (\S+)$/, ' versie $1'), labels);
        } else {
            const known = this.scopeProvider.getScope({ reference: ref, container, property, index }).getAllElements().map(d => d.name).toArray();
            suggestion = closestName(ref.$refText, known);
        }
        if (!suggestion) {
            return [];
        }
        return [action(`Vervang door '${suggestion}'`, document, [{ range: diagnostic.range, newText: suggestion }], diagnostic, true)];
    }

    /**
     * The scan moved to the newest version that extends its own, by the same migration as `zelfscan migrate`
     * (renames followed); offered on the model line and as the fix of the 'nieuwere-versie' information.
     * Refused migrations are offered disabled, with the first blocking line as the reason.
     *
     *     model Regieneming versie 1.0     →     model Regieneming versie 1.2
     *     Verbinder 3                      →     Bruggenbouwer 3
     */
    private modelUpdate(document: LangiumDocument, scan: ast.RegionScan, diagnostic?: Diagnostic): CodeAction | undefined {
        const current = scan.model?.ref;
        const target = current && this.models.newestSuccessor(current);
        if (!target) {
            return undefined;
        }
        const label = modelKeyLabel(target);
        const migration = migrateScan(document, target, this.models, this.shared);
        if (migration.kind === 'al-op-versie') {
            return undefined;
        }
        const base = { title: `Scan bijwerken naar ${label}`, kind: CodeActionKind.QuickFix, ...(diagnostic ? { diagnostics: [diagnostic] } : {}) };
        if (migration.kind === 'geweigerd') {
            const first = migration.blockers[0];
            const reason = first ? `regel ${first.range.start.line + 1}: ${first.message}` : migration.reason;
            return { ...base, disabled: { reason: `Kan niet: ${reason}` } };
        }
        return { ...base, isPreferred: true, edit: { changes: { [document.uri.toString()]: [...migration.edits] } } };
    }
}

function action(title: string, document: LangiumDocument, edits: TextEdit[], diagnostic: Diagnostic, isPreferred: boolean): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [document.uri.toString()]: edits } }
    };
}

function nodeAt<T extends AstNode>(document: LangiumDocument, position: Position, guard: (node: AstNode) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, guard) : undefined;
}

interface FoundReference {
    readonly container: AstNode;
    readonly property: string;
    readonly index?: number;
    readonly ref: Reference;
}

/** The reference whose text the diagnostic covers. */
function referenceAt(document: LangiumDocument, range: Range): FoundReference | undefined {
    const offset = document.textDocument.offsetAt(range.start);
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        for (const [property, value] of Object.entries(node)) {
            const candidates = Array.isArray(value) ? value : [value];
            for (let i = 0; i < candidates.length; i++) {
                const candidate: unknown = candidates[i];
                if (isReference(candidate) && candidate.$refNode?.offset === offset) {
                    return { container: node, property, index: Array.isArray(value) ? i : undefined, ref: candidate };
                }
            }
        }
    }
    return undefined;
}

function isReference(value: unknown): value is Reference {
    return typeof value === 'object' && value !== null && '$refText' in value;
}

/** Lines inserted as the last facts of a block, one level deeper than its closing `}`. */
function insertBeforeClose(document: LangiumDocument, node: AstNode, lines: readonly string[]): TextEdit | undefined {
    const close = node.$cstNode && CstUtils.streamCst(node.$cstNode).filter(n => n.text === '}' && n.astNode === node).toArray().at(-1);
    if (!close) {
        return undefined;
    }
    const textDocument = document.textDocument;
    const lineText = textDocument.getText({ start: { line: close.range.start.line, character: 0 }, end: close.range.start });
    if (lineText.trim() === '') {
        const indent = lineText + INDENT;
        return { range: { start: { line: close.range.start.line, character: 0 }, end: { line: close.range.start.line, character: 0 } },
            newText: lines.map(l => `${indent}${l}\n`).join('') };
    }
    // `{ … }` on one line: open it up so that each fact gets its own line.
    const outer = indentOf(document, node.$cstNode!.range.start.line);
    const start = { line: close.range.start.line, character: lineText.trimEnd().length };
    return { range: { start, end: close.range.start }, newText: `\n${lines.map(l => `${outer}${INDENT}${l}\n`).join('')}${outer}` };
}

/**
 * Missing scores placed where the model's order puts them: after the nearest score of an earlier role, else
 * before the first score of a later one, else at the end of the block.
 *
 *     Verbinder 3          Ontwerper ?
 *     Dirigent 1     →     Verbinder 3
 *                          Kwartiermaker ?
 *                          Dirigent 1
 */
function insertInModelOrder(document: LangiumDocument, respondent: ast.Respondent, missing: readonly string[], order: readonly string[]): TextEdit[] | undefined {
    const rank = (role: string) => order.indexOf(role) < 0 ? order.length : order.indexOf(role);
    const scores = respondent.parts.filter(ast.isScore).filter(score => score.$cstNode && order.includes(score.role?.$refText ?? ''));
    if (scores.length === 0) {
        const edit = insertBeforeClose(document, respondent, [...missing].sort((a, b) => rank(a) - rank(b)).map(role => `${role} ?`));
        return edit && [edit];
    }
    const groups = new Map<ast.Score, { before: boolean; roles: string[] }>();
    for (const role of [...missing].sort((a, b) => rank(a) - rank(b))) {
        const earlier = scores.filter(score => rank(score.role.$refText) < rank(role)).sort((a, b) => rank(a.role.$refText) - rank(b.role.$refText)).at(-1);
        const anchor = earlier ?? scores.reduce((first, score) => rank(score.role.$refText) < rank(first.role.$refText) ? score : first);
        const group = groups.get(anchor) ?? { before: earlier === undefined, roles: [] };
        group.roles.push(role);
        groups.set(anchor, group);
    }
    return [...groups].map(([anchor, { before, roles }]) => {
        const node = anchor.$cstNode!;
        const indent = indentOf(document, node.range.start.line);
        return before
            ? { range: { start: node.range.start, end: node.range.start }, newText: roles.map(role => `${role} ?\n${indent}`).join('') }
            : { range: { start: node.range.end, end: node.range.end }, newText: roles.map(role => `\n${indent}${role} ?`).join('') };
    });
}

/** A new member of the scan, placed after the last member that `after` accepts (or before the closing `}`). */
function insertMember(document: LangiumDocument, scan: ast.RegionScan, lines: readonly string[], after: (m: ast.ScanMember) => boolean): TextEdit | undefined {
    const anchor = scan.members.filter(after).at(-1)?.$cstNode;
    if (!anchor) {
        return insertBeforeClose(document, scan, lines);
    }
    const indent = indentOf(document, anchor.range.start.line);
    return { range: { start: anchor.range.end, end: anchor.range.end }, newText: lines.map(l => `\n${indent}${l}`).join('') };
}

function indentOf(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(text)?.[0] ?? '';
}

/** The next free respondent code in the style the scan already uses (`R4` after `R1`–`R3`). */
export function nextRespondentName(existing: readonly string[]): string {
    const numbered = existing.map(name => splitTrailingNumber(name ?? '')).filter(split => split !== undefined);
    const prefix = numbered.at(-1)?.prefix ?? 'R';
    const taken = new Set(existing);
    let n = numbered.filter(split => split.prefix === prefix).reduce((most, split) => Math.max(most, Number(split.digits)), 0) + 1;
    while (taken.has(`${prefix}${n}`)) {
        n++;
    }
    return `${prefix}${n}`;
}
