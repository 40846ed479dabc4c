import { describe, expect, it } from 'vitest';
import { splitTrailingNumber } from '../../src/domain/trailing-number.js';
import { nextVersion } from '../../src/language/snippet-completions.js';
import { nextRespondentName } from '../../src/language/zelfscan-code-action-provider.js';

describe('splitTrailingNumber', () => {
    it('splits a text before the digits it ends with', () => {
        expect(splitTrailingNumber('R12')).toEqual({ prefix: 'R', digits: '12' });
        expect(splitTrailingNumber('1.10')).toEqual({ prefix: '1.', digits: '10' });
        expect(splitTrailingNumber('7')).toEqual({ prefix: '', digits: '7' });
        expect(splitTrailingNumber('anna')).toBeUndefined();
        expect(splitTrailingNumber('')).toBeUndefined();
    });

    it('takes time in proportion to the text: a name with a run of 200,000 digits inside is split at once', () => {
        const digits = '1'.repeat(200_000);
        expect(splitTrailingNumber(`R${digits}x`)).toBeUndefined();
        expect(nextRespondentName([`R${digits}x`, 'R2'])).toBe('R3');
        expect(nextVersion(`${digits}.`)).toBe(`${digits}..1`);
    });
});
