import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scanFileName, scanSkeleton, skeletonModel, type SkeletonModel } from '../../src/domain/scan-skeleton.js';
import { isModel } from '../../src/language/generated/ast.js';
import type { ModelSummary } from '../../src/language/report-protocol.js';
import { createTestWorkspace, EXAMPLES } from '../helpers/workspace.js';

const MODEL: SkeletonModel = {
    name: 'Regieneming',
    version: '1.0',
    roles: ['Ontwerper', 'Verbinder'],
    focuses: [{ name: 'po_vo', label: 'PO/VO', requirements: [['gemeente'], ['swv', 'schoolbestuur']] }],
    questions: [{ name: 'a', text: 'Wat is er gerealiseerd?' }]
};

const MODEL_1_0 = readFileSync(`${EXAMPLES}/model/regieneming-1.0.zelfscan`, 'utf8');
const MODEL_1_1 = readFileSync(`${EXAMPLES}/model/regieneming-1.1.zelfscan`, 'utf8');

/** Roles, focuses and questions of the example model version 1.1, resolved as the language services do. */
async function exampleModel(): Promise<SkeletonModel> {
    const ws = await createTestWorkspace({ 'm-1.0.zelfscan': MODEL_1_0, 'm-1.1.zelfscan': MODEL_1_1 });
    const root = ws.doc('m-1.1.zelfscan').parseResult.value;
    if (!isModel(root)) {
        throw new Error('m-1.1.zelfscan is not a model');
    }
    return skeletonModel(ws.services.shared.models.ResolvedModels.of(root).resolved);
}

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
        expect(scanSkeleton(MODEL, 'Regio Zuid', undefined)).toBe([
            'regioscan "Regio Zuid" {',
            '    model Regieneming versie 1.0',
            '',
            '    factsheet {',
            '        // Wat is er gerealiseerd?',
            '        antwoord a ""',
            '    }',
            '}',
            ''
        ].join('\n'));
    });

    test('the editor\'s model summary is a skeleton model', () => {
        const summary: ModelSummary = {
            ...MODEL, uri: 'file:///werkruimte/model.zelfscan', title: 'Titel',
            roles: [...MODEL.roles], parties: [{ name: 'gemeente', label: 'Gemeente' }],
            focuses: MODEL.focuses.map(f => ({ ...f, requirements: f.requirements.map(group => [...group]) })),
            questions: [...MODEL.questions]
        };
        expect(scanSkeleton(summary, 'Regio Noord', 'po_vo')).toBe(scanSkeleton(MODEL, 'Regio Noord', 'po_vo'));
    });

    test('takes roles, focuses and questions of a resolved version, inherited ones included, in model order', async () => {
        const model = await exampleModel();
        expect(model.name).toBe('Regieneming');
        expect(model.version).toBe('1.1');
        expect(model.roles).toEqual(['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent']);
        expect(model.focuses.map(f => [f.name, f.requirements])).toEqual([
            ['nul_zes', [['gemeente'], ['jgz'], ['kinderopvang'], ['primair_onderwijs']]],
            ['po_vo', [['gemeente'], ['swv', 'schoolbestuur'], ['jeugdhulp']]]
        ]);
        expect(model.questions.map(q => q.name)).toEqual(['a', 'b', 'c', 'd']);
    });

    test('parses, links and validates against the example model without errors, for every focus', async () => {
        const model = await exampleModel();
        for (const focus of [...model.focuses.map(f => f.name), undefined]) {
            const ws = await createTestWorkspace({
                'm-1.0.zelfscan': MODEL_1_0, 'm-1.1.zelfscan': MODEL_1_1, 'noord.regioscan': scanSkeleton(model, 'Regio Noord', focus)
            });
            const errors = ws.diagnostics('noord.regioscan').filter(d => d.severity === 1);
            expect(errors.map(d => d.message), `focus ${focus}`).toEqual([]);
        }
    });

    test('file names are lower case words joined by hyphens, accents dropped', () => {
        expect(scanFileName('Regio Noord-Oost Brabant')).toBe('regio-noord-oost-brabant.regioscan');
        expect(scanFileName('Zuidwest Friesland – Súdwest')).toBe('zuidwest-friesland-sudwest.regioscan');
        expect(scanFileName('!!!')).toBe('regio.regioscan');
    });
});
