import { describe, expect, test } from 'vitest';
import { scanFileName, scanSkeleton } from '../../src/extension/scan-skeleton.js';
import type { ModelSummary } from '../../src/language/report-protocol.js';
import { createTestWorkspace } from '../helpers/workspace.js';

const MODEL: ModelSummary = {
    name: 'Regieneming',
    version: '1.0',
    uri: 'file:///werkruimte/model.zelfscan',
    roles: ['Ontwerper', 'Verbinder'],
    parties: [{ name: 'gemeente', label: 'Gemeente' }, { name: 'swv', label: 'SWV' }, { name: 'schoolbestuur', label: 'Schoolbestuur' }],
    focuses: [{ name: 'po_vo', label: 'PO/VO', requirements: [['gemeente'], ['swv', 'schoolbestuur']] }],
    questions: [{ name: 'a', text: 'Wat is er gerealiseerd?' }]
};

describe('the skeleton of a new region scan', () => {
    test('has one respondent per required party, every role scored ?, and the factsheet questions', () => {
        expect(scanSkeleton(MODEL, 'Regio "Noord"', 'po_vo')).toBe([
            'regioscan "Regio \\"Noord\\"" {',
            '    model Regieneming versie 1.0',
            '    focus po_vo',
            '',
            '    respondent R1 partij gemeente {',
            '        Ontwerper ?',
            '        Verbinder ?',
            '    }',
            '',
            '    // of: schoolbestuur',
            '    respondent R2 partij swv {',
            '        Ontwerper ?',
            '        Verbinder ?',
            '    }',
            '',
            '    factsheet {',
            '        // Wat is er gerealiseerd?',
            '        antwoord a ""',
            '    }',
            '}',
            ''
        ].join('\n'));
    });

    test('without a focus it has no respondents', () => {
        expect(scanSkeleton(MODEL, 'Regio Zuid', undefined)).not.toContain('respondent');
    });

    test('parses and links against the example model without errors', async () => {
        const { readFileSync } = await import('node:fs');
        const { EXAMPLES } = await import('../helpers/workspace.js');
        const model = readFileSync(`${EXAMPLES}/model/regieneming-1.0.zelfscan`, 'utf8');
        const summary: ModelSummary = {
            ...MODEL,
            roles: ['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'],
            focuses: [{ name: 'po_vo', label: 'PO/VO', requirements: [['gemeente'], ['swv', 'schoolbestuur'], ['jeugdhulp']] }],
            questions: ['a', 'b', 'c', 'd'].map(name => ({ name, text: `Vraag ${name}` }))
        };
        const ws = await createTestWorkspace({ 'model.zelfscan': model, 'noord.regioscan': scanSkeleton(summary, 'Regio Noord', 'po_vo') });
        const errors = ws.diagnostics('noord.regioscan').filter(d => d.severity === 1);
        expect(errors.map(d => d.message)).toEqual([]);
    });

    test('file names are lower case words joined by hyphens, accents dropped', () => {
        expect(scanFileName('Regio Noord-Oost Brabant')).toBe('regio-noord-oost-brabant.regioscan');
        expect(scanFileName('Zuidwest Friesland – Súdwest')).toBe('zuidwest-friesland-sudwest.regioscan');
        expect(scanFileName('!!!')).toBe('regio.regioscan');
    });
});
