import { describe, expect, test } from 'vitest';
import { dutchOnlyWords, dutchWordsIn, wordsIn } from '../helpers/dutch-words.js';
import { fixtures } from './fixtures.js';
import { render } from './render-output.js';

/**
 * English output of every report kind contains no Dutch fixed text (issue 7): no word of the Dutch texts table
 * that the English one lacks, unless the report's own data (role names, descriptions, labels) has it.
 * test/cli/english-reports.test.ts checks the same for the reports the command line writes for examples/.
 */
describe('English reports carry no Dutch fixed text', () => {
    const dutch = dutchOnlyWords();

    test('the list of Dutch words is long enough to mean something', () => {
        expect(dutch.length).toBeGreaterThan(100);
        expect(dutch).toEqual(expect.arrayContaining(['regiorapport', 'gemiddeld', 'vergelijking', 'respondenten']));
    });

    const cases = fixtures.filter(fixture => fixture.language === 'en' && !fixture.hostile);
    test('every report kind has an English fixture', () => {
        expect(new Set(cases.map(fixture => fixture.report.kind))).toEqual(new Set(['regio', 'vergelijking', 'formulier', 'changelog', 'ontwikkeling']));
    });

    for (const format of ['html', 'md'] as const) {
        test.each(cases)(`$name (${format}) has no Dutch word of the texts table outside its data`, fixture => {
            expect(dutchWordsIn(render(fixture, format), wordsIn(JSON.stringify(fixture.report)), dutch)).toEqual([]);
        });
    }
});
