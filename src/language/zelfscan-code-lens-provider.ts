import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { reportScale } from '../domain/region-report.js';
import { scanRoleStatistics } from '../domain/scan-statistics.js';
import { formatDecimal } from '../report/format.js';
import { textsFor } from '../report/texts.js';
import * as ast from './generated/ast.js';
import { EditorLanguage } from './report-language.js';
import type { ResolvedModels } from './resolved-models.js';
import { buildScanData } from './scan-data-builder.js';
import type { ZelfscanServices } from './zelfscan-module.js';

/**
 * On a scan's `regioscan` line, the mean score per role (`Gemiddeld: Ontwerper 3,3 · Verbinder 2,8`): the
 * figures of the region report (the same scores counted, the same rounding), in the language of the
 * `zelfscan.taal` setting. A role nobody scored shows `–`.
 */
export class ZelfscanCodeLensProvider implements CodeLensProvider {

    private readonly models: ResolvedModels;
    private readonly language: EditorLanguage;

    constructor(services: ZelfscanServices) {
        this.models = services.shared.models.ResolvedModels;
        this.language = new EditorLanguage(services.shared.workspace.ConfigurationProvider);
    }

    async provideCodeLens(document: LangiumDocument): Promise<CodeLens[]> {
        const scan = document.parseResult.value;
        if (!ast.isRegionScan(scan)) {
            return [];
        }
        const model = this.models.ofScan(scan)?.resolved;
        const keyword = GrammarUtils.findNodeForKeyword(scan.$cstNode, 'regioscan');
        if (!model?.scale || !keyword || model.items.role.size === 0) {
            return [];
        }
        const language = await this.language.current();
        const statistics = scanRoleStatistics(buildScanData(scan), [...model.items.role.keys()], reportScale(model));
        const parts = statistics.map(stats => `${stats.role} ${formatDecimal(stats.mean, language)}`).join(' · ');
        return [{ range: keyword.range, command: { title: textsFor(language).meansLens(parts), command: '' } }];
    }
}
