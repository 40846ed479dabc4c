import type { ItemKind } from '../domain/model-definition.js';
import type * as ast from './generated/ast.js';

/**
 * How each kind of model item is written: the one table from which the language layer's lookups are derived
 * (declaration type → kind, retirement keyword → kind, scan reference → kind). Adding a kind is one entry here
 * (the compiler asks for it: the table must cover every ItemKind) plus its grammar rules.
 */
interface ItemKindSyntax {
    /** The AST type of its declaration in a model. */
    readonly declaration: ast.Retirable['$type'];
    /** Its keyword, as written in a declaration and after `vervalt`. */
    readonly keyword: ast.RetirableKind;
    /** The AST types and properties of the references to it in a scan (a role is scored and held, for instance). */
    readonly scanReferences: ReadonlyArray<{ readonly type: ScanReferenceNode['$type']; readonly property: string }>;
}

type ScanReferenceNode = ast.Score | ast.RoleHolding | ast.Respondent | ast.PartyHolder | ast.ScanFocus | ast.ScanUse
    | ast.ObstacleNote | ast.HandholdNote | ast.TraitSetting | ast.Answer | ast.ScanTheme | ast.ScanArea;

export const ITEM_KIND_SYNTAX = {
    role: { declaration: 'Role', keyword: 'rol', scanReferences: [{ type: 'Score', property: 'role' }, { type: 'RoleHolding', property: 'role' }] },
    party: { declaration: 'Party', keyword: 'partij', scanReferences: [{ type: 'Respondent', property: 'party' }, { type: 'PartyHolder', property: 'party' }] },
    focus: { declaration: 'Focus', keyword: 'focus', scanReferences: [{ type: 'ScanFocus', property: 'focus' }] },
    question: { declaration: 'Question', keyword: 'vraag', scanReferences: [{ type: 'Answer', property: 'question' }] },
    use: { declaration: 'Use', keyword: 'gebruik', scanReferences: [{ type: 'ScanUse', property: 'use' }] },
    obstacle: { declaration: 'Obstacle', keyword: 'knelpunt', scanReferences: [{ type: 'ObstacleNote', property: 'obstacle' }] },
    handhold: { declaration: 'Handhold', keyword: 'houvast', scanReferences: [{ type: 'HandholdNote', property: 'handhold' }] },
    trait: { declaration: 'Trait', keyword: 'kenmerk', scanReferences: [{ type: 'TraitSetting', property: 'trait' }] },
    theme: { declaration: 'Theme', keyword: 'thema', scanReferences: [{ type: 'ScanTheme', property: 'theme' }] },
    area: { declaration: 'Area', keyword: 'gebied', scanReferences: [{ type: 'ScanArea', property: 'area' }] }
} as const satisfies Readonly<Record<ItemKind, ItemKindSyntax>>;

const entries = Object.entries(ITEM_KIND_SYNTAX) as Array<[ItemKind, ItemKindSyntax]>;

/** The kind of item each declaration type declares. */
export const KIND_OF_DECLARATION: Readonly<Partial<Record<string, ItemKind>>> =
    Object.fromEntries(entries.map(([kind, syntax]) => [syntax.declaration, kind]));

/** The kind each retirement keyword names (`vervalt rol …`). */
export const KIND_BY_KEYWORD: Readonly<Record<ast.RetirableKind, ItemKind>> =
    Object.fromEntries(entries.map(([kind, syntax]) => [syntax.keyword, kind])) as Record<ast.RetirableKind, ItemKind>;

/** Which kind of item each scan reference points to, by container type and property. */
export const SCAN_REFERENCE_KINDS: Readonly<Record<string, Readonly<Record<string, ItemKind>> | undefined>> =
    Object.fromEntries(entries.flatMap(([kind, syntax]) => syntax.scanReferences.map(({ type, property }) => [type, { [property]: kind }])));

/** The declaration type of the kind each retirement keyword names (`vervalt rol …` retires a Role). */
export function declarationOfKeyword(keyword: ast.RetirableKind): ast.Retirable['$type'] {
    return ITEM_KIND_SYNTAX[KIND_BY_KEYWORD[keyword]].declaration;
}

/** The scan reference a node holds, if it is one of the scan's references to a model item. */
export function scanReferenceOf(node: { readonly $type: string }): { readonly property: string; readonly kind: ItemKind } | undefined {
    const byProperty = SCAN_REFERENCE_KINDS[node.$type];
    const property = byProperty && Object.keys(byProperty)[0];
    return property === undefined ? undefined : { property, kind: byProperty![property] };
}
