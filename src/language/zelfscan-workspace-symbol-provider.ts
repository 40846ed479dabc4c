import { GrammarUtils, interruptAndCheck, type AstNode, type LangiumDocuments, type Cancellation } from 'langium';
import type { FuzzyMatcher, LangiumSharedServices, WorkspaceSymbolProvider } from 'langium/lsp';
import { SymbolKind, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { modelKeyLabel } from '../domain/model-key.js';
import * as ast from './generated/ast.js';

/** Kinds of model item that are worth jumping to from anywhere, with the Dutch word shown before the name. */
const ITEM_SYMBOLS: ReadonlyArray<[(m: ast.ModelMember) => m is ast.ModelMember & { name: string }, string, SymbolKind]> = [
    [ast.isRole, 'rol', SymbolKind.Class], [ast.isParty, 'partij', SymbolKind.Interface], [ast.isFocus, 'focus', SymbolKind.Struct],
    [ast.isQuestion, 'vraag', SymbolKind.Field], [ast.isUse, 'gebruik', SymbolKind.Module], [ast.isObstacle, 'knelpunt', SymbolKind.Constant],
    [ast.isHandhold, 'houvast', SymbolKind.Constant], [ast.isTrait, 'kenmerk', SymbolKind.Enum],
    [ast.isTheme, 'thema', SymbolKind.EnumMember], [ast.isArea, 'gebied', SymbolKind.EnumMember]
];

/**
 * Workspace symbols: every model version with its items, and every scan by region. The index holds only the
 * models, so this walks the documents; each match costs a few property reads.
 */
export class ZelfscanWorkspaceSymbolProvider implements WorkspaceSymbolProvider {

    private readonly documents: LangiumDocuments;
    private readonly fuzzyMatcher: FuzzyMatcher;

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.fuzzyMatcher = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken?: Cancellation.CancellationToken): Promise<WorkspaceSymbol[]> {
        const query = params.query.toLowerCase();
        const symbols: WorkspaceSymbol[] = [];
        const add = (uri: string, node: AstNode, property: string, name: string, kind: SymbolKind, containerName?: string) => {
            // Matched on the name itself; the Dutch kind word in front is only for display.
            const bare = name.slice(name.indexOf(' ') + 1);
            const range = GrammarUtils.findNodeForProperty(node.$cstNode, property)?.range ?? node.$cstNode?.range;
            if (range && this.fuzzyMatcher.match(query, bare)) {
                symbols.push({ name, kind, containerName, location: { uri, range } });
            }
        };
        for (const document of this.documents.all) {
            if (cancelToken) {
                await interruptAndCheck(cancelToken);
            }
            const root = document.parseResult.value;
            const uri = document.uri.toString();
            if (ast.isModel(root) && root.name) {
                const container = modelKeyLabel(root);
                add(uri, root, 'name', `model ${container}`, SymbolKind.Module);
                for (const member of root.members) {
                    const entry = ITEM_SYMBOLS.find(([guard]) => guard(member));
                    if (entry && 'name' in member && member.name) {
                        add(uri, member, 'name', `${entry[1]} ${member.name}`, entry[2], container);
                    }
                }
            } else if (ast.isRegionScan(root) && root.region) {
                add(uri, root, 'region', `regioscan ${root.region}`, SymbolKind.File);
            }
        }
        return symbols;
    }
}
