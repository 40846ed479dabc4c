import type { LanguageClient } from 'vscode-languageclient/node';
import {
    COMPARISON_REQUEST, ComparisonParamsSchema, ComparisonResultSchema, MODELS_REQUEST, ModelsResultSchema, REPORT_REQUEST,
    ReportParamsSchema, ReportResultSchema, type ComparisonParams, type ComparisonResult, type ModelSummary, type ReportParams,
    type ReportResult
} from '../language/report-protocol.js';

/** The extension's side of the custom requests: every answer from the server is checked before use. */
export class ReportClient {

    constructor(private readonly client: LanguageClient) {}

    async report(params: ReportParams): Promise<ReportResult> {
        const answer: unknown = await this.client.sendRequest(REPORT_REQUEST, ReportParamsSchema.parse(params));
        return ReportResultSchema.parse(answer);
    }

    async comparison(params: ComparisonParams): Promise<ComparisonResult> {
        const answer: unknown = await this.client.sendRequest(COMPARISON_REQUEST, ComparisonParamsSchema.parse(params));
        return ComparisonResultSchema.parse(answer);
    }

    async models(): Promise<ModelSummary[]> {
        const answer: unknown = await this.client.sendRequest(MODELS_REQUEST, {});
        return ModelsResultSchema.parse(answer);
    }
}
