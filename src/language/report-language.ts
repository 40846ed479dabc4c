import type { ConfigurationProvider } from 'langium';
import type { ReportLanguage } from '../domain/report-model.js';

/**
 * The language of the editor's words (code lens, report preview), from the client's `zelfscan.taal` setting.
 * Dutch until a client has sent its settings: without a client (the command line, tests in process) the
 * provider never becomes ready, and nothing may wait for it. Create it with the services, before the client's
 * `initialized`, so that readiness is seen.
 */
export class EditorLanguage {

    private ready = false;

    constructor(private readonly configuration: ConfigurationProvider) {
        void configuration.ready.then(() => { this.ready = true; });
    }

    async current(): Promise<ReportLanguage> {
        if (!this.ready) {
            return 'nl';
        }
        const value: unknown = await this.configuration.getConfiguration('zelfscan', 'taal');
        return value === 'en' ? 'en' : 'nl';
    }
}
