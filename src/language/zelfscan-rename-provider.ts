import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, TextEdit, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { modelKeyLabel } from '../domain/model-key.js';
import * as ast from './generated/ast.js';
import type { ResolvedModels } from './resolved-models.js';
import { ITEM_NOUNS } from './zelfscan-item-descriptions.js';
import type { ZelfscanServices } from './zelfscan-module.js';
import { KIND_OF_DECLARATION } from './item-kind-syntax.js';


/** LSP error code for a request the server refuses on purpose (`RequestFailed`). */
const REQUEST_FAILED = -32803;

/**
 * Renames a model item (or a model) everywhere: its declaration, references in other model versions and in
 * every scan. Refuses names that are not identifiers, are keywords, or clash with an item of the same kind.
 */
export class ZelfscanRenameProvider extends DefaultRenameProvider {

    private readonly models: ResolvedModels;
    private readonly documents: LangiumDocuments;
    private readonly keywords: ReadonlySet<string>;

    constructor(services: ZelfscanServices) {
        super(services);
        this.models = services.shared.models.ResolvedModels;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.keywords = new Set(services.shared.ServiceRegistry.all.flatMap(s =>
            AstUtils.streamAllContents(s.Grammar).filter(GrammarAST.isKeyword).map(k => k.value).toArray()));
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params);
        if (!target) {
            return undefined;
        }
        const newName = params.newName;
        if (!/^[_a-zA-Z\u00C0-\u024F][\w\u00C0-\u024F]*$/.test(newName) || this.keywords.has(newName)) {
            throw new ResponseError(REQUEST_FAILED,
                `'${newName}' is geen geldige naam: begin met een letter of _, gebruik alleen letters, cijfers en _, en geen sleutelwoord zoals 'rol' of 'partij'.`);
        }
        const clash = this.clash(target, newName);
        if (clash) {
            throw new ResponseError(REQUEST_FAILED, clash);
        }
        if (ast.isModel(target)) {
            return this.renameModel(target, newName);
        }
        if (KIND_OF_DECLARATION[target.$type]) {
            return this.renameItemFamily(target as AstNode & { name: string }, newName);
        }
        return super.rename(document, params);
    }

    /**
     * An item redeclared in a newer version (`rol Ontwerper { … }` again in 1.1) is the same item: renaming only
     * one of the declarations would turn an override into a second item. So every declaration of that name and
     * kind in the related versions is renamed, with all references to each.
     */
    private renameItemFamily(target: AstNode & { name: string }, newName: string): WorkspaceEdit {
        const changes: Record<string, TextEdit[]> = {};
        const seen = new Set<string>();
        for (const declaration of this.family(target)) {
            for (const reference of this.references.findReferences(declaration, { includeDeclaration: true })) {
                const uri = reference.sourceUri.toString();
                const key = `${uri}:${reference.segment.offset}`;
                if (!seen.has(key)) {
                    seen.add(key);
                    (changes[uri] ??= []).push(TextEdit.replace(reference.segment.range, newName));
                }
            }
        }
        return { changes };
    }

    /** The declarations of the same kind and name in versions that extend, or are extended by, one already found. */
    private family(target: AstNode & { name: string }): AstNode[] {
        const declarations: AstNode[] = [target];
        const models = this.allModels();
        for (let i = 0; i < declarations.length; i++) {
            const declaring = AstUtils.getContainerOfType(declarations[i], ast.isModel);
            if (!declaring) {
                continue;
            }
            for (const model of models) {
                const related = this.models.of(model).chain.includes(declaring) || this.models.of(declaring).chain.includes(model);
                const twin = related ? model.members.find(m => m.$type === target.$type && (m as { name?: string }).name === target.name) : undefined;
                if (twin && !declarations.includes(twin)) {
                    declarations.push(twin);
                }
            }
        }
        return declarations;
    }

    private targetAt(document: LangiumDocument, params: RenameParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        return leaf && this.references.findDeclarations(leaf)[0];
    }

    /** A Dutch message when `newName` is already taken by an item of the same kind where the target is visible. */
    private clash(target: AstNode, newName: string): string | undefined {
        const noun = ITEM_NOUNS[target.$type] ?? 'naam';
        const taken = (names: Iterable<string>, where: string) =>
            [...names].includes(newName) ? `Er is al een ${noun} '${newName}' in ${where}. Kies een andere naam.` : undefined;
        const kind = KIND_OF_DECLARATION[target.$type];
        if (kind) {
            const declaring = AstUtils.getContainerOfType(target, ast.isModel);
            const familyModels = new Set(this.family(target as AstNode & { name: string }).map(d => AstUtils.getContainerOfType(d, ast.isModel)));
            // Every version that sees the item: the declaring ones and each version that extends them. The
            // version of the target first, so the message names where the clash is most direct.
            const models = this.allModels().sort((a, b) => Number(b === declaring) - Number(a === declaring));
            for (const model of models) {
                const resolution = this.models.of(model);
                if (resolution.chain.some(m => familyModels.has(m))) {
                    const names = [...resolution.resolved.items[kind].keys(), ...resolution.resolved.retired[kind].keys()];
                    const message = taken(names, modelKeyLabel(model));
                    if (message) {
                        return message;
                    }
                }
            }
            return undefined;
        }
        if (ast.isTraitValue(target)) {
            return taken(target.$container.values.map(v => v.name), `kenmerk ${target.$container.name}`);
        }
        if (ast.isAction(target)) {
            return taken(target.$container.parts.filter(ast.isAction).map(a => a.name), `rol ${target.$container.name}`);
        }
        if (ast.isPrompt(target)) {
            return taken(target.$container.parts.filter(ast.isPrompt).map(p => p.name), `gebruik ${target.$container.name}`);
        }
        if (ast.isRespondent(target)) {
            return taken(target.$container.members.filter(ast.isRespondent).map(r => r.name), 'deze scan');
        }
        if (ast.isModel(target)) {
            const exists = this.allModels().some(m => m !== target && m.name === newName && m.version === target.version);
            return exists ? `Model '${newName} versie ${target.version}' bestaat al. Kies een andere naam.` : undefined;
        }
        return undefined;
    }

    /** A model is referred to as `Naam versie 1.0`: each reference keeps its version and gets the new name. */
    private renameModel(model: ast.Model, newName: string): WorkspaceEdit {
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, edit: TextEdit) => (changes[uri] ??= []).push(edit);
        for (const reference of this.references.findReferences(model, { includeDeclaration: false })) {
            add(reference.sourceUri.toString(), TextEdit.replace(reference.segment.range, `${newName} versie ${model.version}`));
        }
        const nameNode = this.nameProvider.getNameNode(model);
        if (nameNode) {
            add(AstUtils.getDocument(model).uri.toString(), TextEdit.replace(nameNode.range, newName));
        }
        return { changes };
    }

    private allModels(): ast.Model[] {
        return this.documents.all.map(d => d.parseResult.value).filter(ast.isModel).toArray();
    }
}
