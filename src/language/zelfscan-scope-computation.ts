import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { modelKeyText } from '../domain/model-key.js';
import { isModel } from './generated/ast.js';
import { keyOfModel } from './model-definition-builder.js';

/**
 * Only a model version is visible across files, under its key (`Regieneming 1.1`); everything inside a model is
 * reached through the resolved model, and scans export nothing. This keeps the index small for thousands of scans.
 */
export class ZelfscanScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const root: AstNode = document.parseResult.value;
        if (isModel(root) && root.name && root.version) {
            return [this.descriptions.createDescription(root, modelKeyText(keyOfModel(root)), document)];
        }
        return [];
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
