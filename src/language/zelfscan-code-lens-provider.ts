import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { roleStatistics } from '../domain/statistics.js';
import * as ast from './generated/ast.js';
import type { ResolvedModels } from './resolved-models.js';
import type { ZelfscanServices } from './zelfscan-module.js';

/**
 * On a scan's `regioscan` line, the mean score per role (`Ontwerper 3,3 · Verbinder 2,8`), computed by the same
 * statistics function the reports use; `?` scores are left out, a role nobody scored shows `–`.
 */
export class ZelfscanCodeLensProvider implements CodeLensProvider {

    private readonly models: ResolvedModels;

    constructor(services: ZelfscanServices) {
        this.models = services.shared.models.ResolvedModels;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const scan = document.parseResult.value;
        if (!ast.isRegionScan(scan)) {
            return [];
        }
        const model = this.models.ofScan(scan)?.resolved;
        const keyword = GrammarUtils.findNodeForKeyword(scan.$cstNode, 'regioscan');
        if (!model?.scale || !keyword) {
            return [];
        }
        const scores = new Map<string, number[]>([...model.items.role.keys()].map(role => [role, []]));
        for (const respondent of scan.members.filter(ast.isRespondent)) {
            for (const score of respondent.parts.filter(ast.isScore)) {
                if (score.value !== undefined) {
                    scores.get(score.role?.$refText)?.push(score.value);
                }
            }
        }
        const parts = [...scores].map(([role, values]) => {
            const mean = roleStatistics(role, values, model.scale!).mean;
            return `${role} ${mean === null ? '–' : mean.toFixed(1).replace('.', ',')}`;
        });
        if (parts.length === 0) {
            return [];
        }
        return [{ range: keyword.range, command: { title: `Gemiddeld: ${parts.join(' · ')}`, command: '' } }];
    }
}
