import { GrammarUtils, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { ModelKey } from '../domain/model-definition.js';
import { modelKeyLabel } from '../domain/model-key.js';
import { planMigration, type MigrationBlocker, type ScanName } from '../domain/scan-migration.js';
import * as ast from './generated/ast.js';
import { keyOfModel } from './model-definition-builder.js';
import { itemReferences } from './regioscan-validator.js';
import type { ResolvedModels } from './resolved-models.js';
import { formattedText } from './zelfscan-formatter.js';
import { kindLabel } from '../report/item-kind-texts.js';

/**
 * `zelfscan migrate` and the editor's quick fix: a scan moved to a later version of its model, with every
 * renamed name rewritten, or refused with each line that uses what the target no longer has.
 */
export type ScanMigration =
    | { readonly kind: 'al-op-versie'; readonly target: ModelKey }
    | {
        readonly kind: 'bijgewerkt';
        readonly target: ModelKey;
        /** The smallest edits: the model line and each renamed name. Comments and layout stay as they are. */
        readonly edits: readonly TextEdit[];
        /** The whole scan after the edits, in the canonical layout. */
        readonly text: string;
    }
    | {
        readonly kind: 'geweigerd';
        readonly target: ModelKey;
        /** Why, in one Dutch sentence. */
        readonly reason: string;
        /** Each blocking name, at its place in the scan. */
        readonly blockers: ReadonlyArray<{ readonly range: Range; readonly message: string }>;
    };


export function migrateScan(document: LangiumDocument, target: ast.Model, models: ResolvedModels, shared: LangiumSharedCoreServices): ScanMigration {
    const scan = document.parseResult.value;
    const key = keyOfModel(target);
    const refuse = (reason: string): ScanMigration => ({ kind: 'geweigerd', target: key, reason, blockers: [] });
    if (!ast.isRegionScan(scan) || document.parseResult.parserErrors.length > 0 || document.parseResult.lexerErrors.length > 0) {
        return refuse(`de scan bevat een syntaxfout. Herstel die eerst ('zelfscan validate' noemt hem).`);
    }
    const current = scan.model?.ref;
    if (!current) {
        return refuse(`het model '${scan.model?.$refText ?? ''}' van de scan is niet gevonden, dus niet na te gaan wat er veranderd is.`);
    }
    const from = models.of(current);
    const to = models.of(target);
    if (from.brokenBase || from.cycle || to.brokenBase || to.cycle) {
        return refuse(`niet elke versie tussen ${modelKeyLabel(keyOfModel(current))} en ${modelKeyLabel(key)} is gevonden. Geef met --werkruimte de map met alle versies.`);
    }
    const plan = planMigration(scanNames(scan), from.resolved, to.resolved);
    if (plan.kind === 'al-op-versie') {
        return { kind: 'al-op-versie', target: key };
    }
    if (plan.kind === 'geen-opvolger') {
        return refuse(`${modelKeyLabel(key)} breidt ${modelKeyLabel(keyOfModel(current))}, waar de scan op staat, niet uit (ook niet via andere versies). Een scan gaat alleen naar een latere versie van zijn eigen model.`);
    }
    const textDocument = document.textDocument;
    if (plan.blockers.length > 0) {
        const count = plan.blockers.length;
        return {
            kind: 'geweigerd', target: key,
            reason: `${count === 1 ? 'één regel gebruikt' : `${count} regels gebruiken`} wat ${modelKeyLabel(key)} niet meer kent.`,
            blockers: plan.blockers.map(blocker => ({ range: blocker.at, message: blockerMessage(blocker, key) }))
        };
    }
    const modelLine = GrammarUtils.findNodeForProperty(scan.$cstNode, 'model')!;
    const edits: TextEdit[] = [
        { range: modelLine.range, newText: modelKeyLabel(key) },
        ...plan.renames.map(rename => ({ range: rename.at, newText: rename.to }))
    ];
    const edited = TextDocument.applyEdits(textDocument, edits);
    // Parsed apart (never added to the workspace) only to be laid out; the name keeps the file's extension.
    const copy = document.uri.with({ path: `${document.uri.path}.migratie${document.uri.path.slice(document.uri.path.lastIndexOf('.'))}` });
    const reparsed = shared.workspace.LangiumDocumentFactory.fromString(edited, copy);
    return { kind: 'bijgewerkt', target: key, edits, text: formattedText(reparsed) ?? edited };
}

/** Every name the scan uses, with the range of its text. */
export function scanNames(scan: ast.RegionScan): Array<ScanName<Range>> {
    const names: Array<ScanName<Range>> = [];
    for (const { ref, kind } of itemReferences(scan)) {
        if (ref?.$refNode) {
            names.push({ kind, name: ref.$refText, at: ref.$refNode.range });
        }
    }
    for (const setting of scan.members.filter(ast.isTraitSetting)) {
        if (setting.value?.$refNode && setting.trait) {
            names.push({ kind: 'value', trait: setting.trait.$refText, name: setting.value.$refText, at: setting.value.$refNode.range });
        }
    }
    return names.sort((a, b) => a.at.start.line - b.at.start.line || a.at.start.character - b.at.start.character);
}

function blockerMessage(blocker: MigrationBlocker<Range>, target: ModelKey): string {
    const renamed = blocker.renamedTo ? ` (sindsdien '${blocker.renamedTo}' genoemd)` : '';
    if (blocker.kind === 'value') {
        return `Waarde '${blocker.name}'${renamed} van kenmerk '${blocker.trait}' bestaat niet in ${modelKeyLabel(target)}.`;
    }
    const noun = kindLabel(blocker.kind);
    return blocker.retiredIn
        ? `${noun} '${blocker.name}'${renamed} is vervallen in ${modelKeyLabel(blocker.retiredIn)}.`
        : `${noun} '${blocker.name}'${renamed} bestaat niet in ${modelKeyLabel(target)}.`;
}
