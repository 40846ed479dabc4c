import { describe, expect, it } from 'vitest';
import { trimCell } from '../../src/domain/sheet-rows.js';

describe('trimCell', () => {
    it('takes off white space, zero-width characters and byte order marks around a cell, not inside it', () => {
        expect(trimCell('\ufeff\u200b  Verbinder\u00a0\t\r\n')).toBe('Verbinder');
        expect(trimCell(' eerste regel\n\ntweede regel ')).toBe('eerste regel\n\ntweede regel');
        expect(trimCell(' \u200d\t')).toBe('');
        expect(trimCell('')).toBe('');
    });

    it('takes time in proportion to the cell: a run of 200,000 spaces inside a cell is kept at once', () => {
        const inside = ' '.repeat(200_000);
        expect(trimCell(` a${inside}b `)).toBe(`a${inside}b`);
    });
});
