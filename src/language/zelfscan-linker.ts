import { AstUtils, Cancellation, DefaultLinker, interruptAndCheck, type AstNode, type LangiumDocument, type AstNodeDescription, type IndexManager, type LinkingError, type ReferenceInfo } from 'langium';
import { compareVersions, modelKeyLabel } from '../domain/model-key.js';
import { closestName } from '../domain/closest-name.js';
import { forEachReference, nodesInOrder } from './ast-walk.js';
import * as ast from './generated/ast.js';
import { parseModelKeyText } from './model-definition-builder.js';
import type { ResolvedModels } from './resolved-models.js';
import type { ZelfscanCoreServices } from './zelfscan-module.js';
import { declarationOfKeyword } from './item-kind-syntax.js';

/** What a reference points at, in the words of the Dutch messages. */
const NOUNS: Readonly<Record<string, string>> = {
    Role: 'rol', Party: 'partij', Focus: 'focus', Question: 'vraag', Use: 'gebruik', Obstacle: 'knelpunt',
    Handhold: 'houvast', Trait: 'kenmerk', Theme: 'thema', Area: 'gebied', TraitValue: 'waarde', Action: 'actie', Prompt: 'reflectievraag',
    Retirable: 'onderdeel'
};

/** Nouns with the article 'het', which take 'Onbekend' rather than 'Onbekende'. */
const NEUTER = new Set(['gebruik', 'knelpunt', 'kenmerk', 'thema', 'gebied', 'onderdeel']);

/** Unresolved names get a Dutch message that says what is known instead, with the closest match first. */
export class ZelfscanLinker extends DefaultLinker {

    private readonly indexManager: IndexManager;
    private readonly models: ResolvedModels;

    constructor(services: ZelfscanCoreServices) {
        super(services);
        this.indexManager = services.shared.workspace.IndexManager;
        this.models = services.shared.models.ResolvedModels;
    }

    /**
     * As Langium's linking of every reference of a document, in the same order, over an array of its nodes instead
     * of Langium's lazy streams, and without an await per node when there is no cancellation token (the command
     * line's builds). With a token it yields and stops on cancellation as Langium's does; with the profiler on,
     * Langium's own loop runs.
     */
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const cancellable = cancelToken !== Cancellation.CancellationToken.None;
        for (const node of nodesInOrder(document.parseResult.value)) {
            if (cancellable) {
                await interruptAndCheck(cancelToken);
            }
            forEachReference(node, reference => this.doLink(reference, document));
        }
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        return { ...error, message: this.messageFor(refInfo) };
    }

    private messageFor(refInfo: ReferenceInfo): string {
        const refText = refInfo.reference.$refText;
        if (this.reflection.getReferenceType(refInfo) === 'Model') {
            // A model cannot extend itself, so its own version is no alternative to offer.
            const self = ast.isModel(refInfo.container) ? `${refInfo.container.name} ${refInfo.container.version}` : undefined;
            return this.unknownModelMessage(refText, self);
        }
        const container = refInfo.container;
        const noun = ast.isRetirement(container) ? NOUNS[retirableType(container.kind)] : NOUNS[this.reflection.getReferenceType(refInfo)] ?? 'naam';
        const known = this.scopeProvider.getScope(refInfo).getAllElements().map(d => d.name).toArray();
        const suggestion = closestName(refText, known);
        const hint = suggestion ? ` Bedoelt u '${suggestion}'?` : '';
        if (refInfo.property === 'renamedFrom') {
            return this.unknownOldNameMessage(container, refText, noun, hint, known);
        }
        if (ast.isRetirement(container) || ast.isActionRetirement(container) || ast.isPromptRetirement(container)) {
            const model = AstUtils.getContainerOfType(container, ast.isModel);
            const base = model?.base?.ref;
            if (!model?.base) {
                return `'${refText}' kan niet vervallen: dit model breidt geen andere versie uit. Laat de regel weg of voeg 'breidt <model> versie <versie> uit' toe.`;
            }
            const where = base ? modelKeyLabel({ name: base.name, version: base.version }) : 'de uitgebreide versie';
            if (base && (ast.isActionRetirement(container) || ast.isPromptRetirement(container))) {
                // A role or use that is new in this version has nothing inherited to retire.
                const [kind, ownerNoun] = ast.isActionRetirement(container) ? ['role', 'rol'] as const : ['use', 'gebruik'] as const;
                const owner = container.$container.renamedFrom?.$refText ?? container.$container.name;
                if (!this.models.ofBase(model)?.resolved.items[kind].has(owner)) {
                    return `De ${noun} '${refText}' kan niet vervallen: ${where} kent geen ${ownerNoun} '${owner}', dus er is niets geërfd om te laten vervallen. Laat de regel weg.`;
                }
            }
            return `${NEUTER.has(noun) ? 'Het' : 'De'} ${noun} '${refText}' kan niet vervallen: ${where} kent geen ${noun} met die naam.${hint}${listKnown(known)}`;
        }
        const scan = AstUtils.getContainerOfType(container, ast.isRegionScan);
        if (scan && !scan.model?.ref) {
            return `${NEUTER.has(noun) ? 'Het' : 'De'} ${noun} '${refText}' is niet te controleren zolang het model van deze scan onbekend is.`;
        }
        if (ast.isTraitSetting(container) && refInfo.property === 'value') {
            // Not shown when the trait itself is unknown: the document validator keeps only the trait's error.
            return `Kenmerk '${container.trait?.$refText}' kent geen waarde '${refText}'.${hint}${listKnown(known)}`;
        }
        return `${NEUTER.has(noun) ? 'Onbekend' : 'Onbekende'} ${noun} '${refText}'.${hint}${listKnown(known)}`;
    }

    /** `rol B was X` where the base knows no X (or the model extends nothing). */
    private unknownOldNameMessage(container: AstNode, refText: string, noun: string, hint: string, known: readonly string[]): string {
        const model = AstUtils.getContainerOfType(container, ast.isModel);
        if (!model?.base) {
            return `'${refText}' kan niet hernoemd worden: dit model breidt geen andere versie uit. Laat 'was ${refText}' weg of voeg 'breidt <model> versie <versie> uit' toe.`;
        }
        const base = model.base.ref;
        const where = base ? modelKeyLabel({ name: base.name, version: base.version }) : 'de uitgebreide versie';
        const owner = container.$container;
        if (base && (ast.isAction(container) || ast.isPrompt(container) || ast.isTraitValue(container))
            && (ast.isRole(owner) || ast.isUse(owner) || ast.isTrait(owner))) {
            const ownerKind = ast.isRole(owner) ? 'role' : ast.isUse(owner) ? 'use' : 'trait';
            const ownerName = owner.renamedFrom?.$refText ?? owner.name;
            if (!this.models.ofBase(model)?.resolved.items[ownerKind].has(ownerName)) {
                const ownerNoun = ast.isRole(owner) ? 'rol' : ast.isUse(owner) ? 'gebruik' : 'kenmerk';
                return `${NEUTER.has(noun) ? 'Het' : 'De'} ${noun} '${refText}' kan niet hernoemd worden: ${where} kent geen ${ownerNoun} '${ownerName}', dus er is niets geërfd om te hernoemen. Laat 'was ${refText}' weg.`;
            }
        }
        return `${NEUTER.has(noun) ? 'Het' : 'De'} ${noun} '${refText}' kan niet hernoemd worden: ${where} kent geen ${noun} met die naam.${hint}${listKnown(known)}`;
    }

    private unknownModelMessage(refText: string, self: string | undefined): string {
        const key = parseModelKeyText(refText);
        const label = key ? modelKeyLabel(key) : refText;
        const versions = this.indexManager.allElements('Model')
            .filter(d => d.name !== self)
            .map(d => parseModelKeyText(d.name))
            .filter(k => k !== undefined && k.name === key?.name)
            .map(k => k!.version)
            .toArray()
            .sort(compareVersions);
        if (versions.length > 0) {
            return `Model '${label}' bestaat niet in de werkruimte. Beschikbare versies van ${key!.name}: ${versions.join(', ')}.`;
        }
        const names = [...new Set(this.indexManager.allElements('Model').filter(d => d.name !== self).map(d => parseModelKeyText(d.name)?.name).nonNullable())].sort();
        return `Model '${label}' bestaat niet in de werkruimte.` +
            (names.length > 0 ? ` Bekende modellen: ${names.join(', ')}.` : ' Open het .zelfscan-bestand van dit model of voeg het toe aan de werkruimte.');
    }
}

function listKnown(known: readonly string[]): string {
    if (known.length === 0) {
        return '';
    }
    const shown = known.slice(0, 12).join(', ');
    return ` Bekend: ${shown}${known.length > 12 ? ', …' : ''}.`;
}

function retirableType(kind: ast.RetirableKind | undefined): string {
    // `vervalt` without a kind: the parser reports the missing word.
    return kind === undefined ? 'Retirable' : declarationOfKeyword(kind);
}
