// Langium's parser needs Object.groupBy (Node 21+); the module loads the stand-in itself, whoever loads the module.
import './node-compat.js';
import { inject, type DeepPartial, type LangiumSharedCoreServices, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices,
    type PartialLangiumServices
} from 'langium/lsp';
import { RegioscanGeneratedModule, ZelfscanGeneratedModule, ZelfscanGeneratedSharedModule } from './generated/module.js';
import { registerRegioscanValidationChecks } from './regioscan-validator.js';
import { ResolvedModels } from './resolved-models.js';
import { SourceTextProblems } from './source-text-problems.js';
import { ZelfscanCodeActionProvider } from './zelfscan-code-action-provider.js';
import { ZelfscanCodeLensProvider } from './zelfscan-code-lens-provider.js';
import { ZelfscanCompletionProvider } from './zelfscan-completion-provider.js';
import { ZelfscanDocumentSymbolProvider } from './zelfscan-document-symbol-provider.js';
import { ZelfscanDocumentBuilder } from './zelfscan-document-builder.js';
import { ZelfscanDocumentFactory } from './zelfscan-document-factory.js';
import { ZelfscanDocumentUpdateHandler } from './zelfscan-document-update-handler.js';
import { ZelfscanWorkspaceManager } from './zelfscan-workspace-manager.js';
import { ZelfscanDocumentValidator } from './zelfscan-document-validator.js';
import { ZelfscanValidationRegistry } from './zelfscan-validation-registry.js';
import { ZelfscanFormatter } from './zelfscan-formatter.js';
import { ZelfscanHoverProvider } from './zelfscan-hover-provider.js';
import { ZelfscanInlayHintProvider } from './zelfscan-inlay-hint-provider.js';
import { ZelfscanLinker } from './zelfscan-linker.js';
import { ZelfscanRenameProvider } from './zelfscan-rename-provider.js';
import { ZelfscanScopeComputation } from './zelfscan-scope-computation.js';
import { ZelfscanScopeProvider } from './zelfscan-scope-provider.js';
import { ZelfscanSemanticTokenProvider } from './zelfscan-semantic-tokens.js';
import { ZelfscanLexerErrorMessageProvider, ZelfscanParserErrorMessageProvider } from './zelfscan-syntax-messages.js';
import { ZelfscanValueConverter } from './zelfscan-value-converter.js';
import { ZelfscanServiceRegistry } from './zelfscan-service-registry.js';
import { registerZelfscanValidationChecks } from './zelfscan-validator.js';
import { ZelfscanWorkspaceSymbolProvider } from './zelfscan-workspace-symbol-provider.js';

/** Services shared by both languages, added to Langium's own. */
export interface ZelfscanAddedSharedServices {
    models: {
        ResolvedModels: ResolvedModels;
    };
    workspace: {
        SourceTextProblems: SourceTextProblems;
    };
}

export type ZelfscanSharedServices = LangiumSharedServices & ZelfscanAddedSharedServices;
export type ZelfscanServices = LangiumServices & { shared: ZelfscanSharedServices; validation: { ValidationRegistry: ZelfscanValidationRegistry } };
/** What the language services need of the shared ones; satisfied both in the server and in the CLI. */
export type ZelfscanCoreServices = ZelfscanServices;

export const ZelfscanSharedModule: Module<ZelfscanSharedServices, DeepPartial<ZelfscanSharedServices>> = {
    ServiceRegistry: shared => new ZelfscanServiceRegistry(shared),
    models: {
        ResolvedModels: shared => new ResolvedModels(shared as LangiumSharedCoreServices)
    },
    workspace: {
        DocumentBuilder: shared => new ZelfscanDocumentBuilder(shared),
        LangiumDocumentFactory: shared => new ZelfscanDocumentFactory(shared),
        WorkspaceManager: shared => new ZelfscanWorkspaceManager(shared),
        SourceTextProblems: () => new SourceTextProblems()
    },
    lsp: {
        WorkspaceSymbolProvider: shared => new ZelfscanWorkspaceSymbolProvider(shared),
        DocumentUpdateHandler: shared => new ZelfscanDocumentUpdateHandler(shared)
    }
};

/** The parts both languages customise in the same way: they resolve names against model versions. */
const CommonLanguageModule: Module<ZelfscanServices, PartialLangiumServices> = {
    parser: {
        ValueConverter: () => new ZelfscanValueConverter(),
        ParserErrorMessageProvider: () => new ZelfscanParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new ZelfscanLexerErrorMessageProvider()
    },
    references: {
        ScopeComputation: services => new ZelfscanScopeComputation(services),
        ScopeProvider: services => new ZelfscanScopeProvider(services),
        Linker: services => new ZelfscanLinker(services)
    },
    validation: {
        DocumentValidator: services => new ZelfscanDocumentValidator(services),
        ValidationRegistry: services => new ZelfscanValidationRegistry(services)
    },
    // Editor features; both file kinds share them because each feature looks at the node types it knows.
    lsp: {
        CompletionProvider: services => new ZelfscanCompletionProvider(services),
        HoverProvider: services => new ZelfscanHoverProvider(services),
        RenameProvider: services => new ZelfscanRenameProvider(services),
        Formatter: () => new ZelfscanFormatter(),
        CodeActionProvider: services => new ZelfscanCodeActionProvider(services),
        DocumentSymbolProvider: () => new ZelfscanDocumentSymbolProvider(),
        SemanticTokenProvider: services => new ZelfscanSemanticTokenProvider(services),
        InlayHintProvider: services => new ZelfscanInlayHintProvider(services),
        CodeLensProvider: services => new ZelfscanCodeLensProvider(services)
    }
};

export interface ZelfscanLanguageServices {
    shared: ZelfscanSharedServices;
    zelfscan: ZelfscanServices;
    regioscan: ZelfscanServices;
}

/**
 * Both languages in one set of services: `.zelfscan` model files and `.regioscan` scan files share one index,
 * so scans link to the model versions anywhere in the workspace.
 */
export function createZelfscanServices(
    context: DefaultSharedModuleContext,
    /** Replacements for one kind of use, e.g. the command line's (src/cli/command-line-services.ts). */
    sharedOverrides: Module<ZelfscanSharedServices, DeepPartial<ZelfscanSharedServices>> = {}
): ZelfscanLanguageServices {
    const shared = inject(
        createDefaultSharedModule(context),
        ZelfscanGeneratedSharedModule,
        ZelfscanSharedModule,
        sharedOverrides
    );
    const zelfscan = inject(
        createDefaultModule({ shared }),
        ZelfscanGeneratedModule,
        CommonLanguageModule
    );
    const regioscan = inject(
        createDefaultModule({ shared }),
        RegioscanGeneratedModule,
        CommonLanguageModule
    );
    shared.ServiceRegistry.register(zelfscan);
    shared.ServiceRegistry.register(regioscan);
    registerZelfscanValidationChecks(zelfscan);
    registerRegioscanValidationChecks(regioscan);
    return { shared, zelfscan, regioscan };
}
