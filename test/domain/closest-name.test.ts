import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/domain/closest-name.js';

const ROLES = ['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent'];

describe('closestName', () => {
    it('finds a misspelt name', () => {
        expect(closestName('Ontwerpr', ROLES)).toBe('Ontwerper');
        expect(closestName('Kwartiermaaker', ROLES)).toBe('Kwartiermaker');
        expect(closestName('verbinder', ROLES)).toBe('Verbinder');
    });

    it('offers nothing for an exact name, a distant name or no names', () => {
        expect(closestName('Dirigent', ROLES)).toBeUndefined();
        expect(closestName('Regisseur', ROLES)).toBeUndefined();
        expect(closestName('Ontwerper', [])).toBeUndefined();
    });

    it('allows one edit in a short name and a third of the characters in a long one', () => {
        expect(closestName('swb', ['swv', 'jgz'])).toBe('swv');
        expect(closestName('sxb', ['swv'])).toBeUndefined();
        expect(closestName('Kwrtermaker', ROLES)).toBe('Kwartiermaker');
    });
});

describe('editDistance', () => {
    it('counts insertions, deletions and substitutions, and case as half', () => {
        expect(editDistance('kitten', 'sitting')).toBe(3);
        expect(editDistance('', 'abc')).toBe(3);
        expect(editDistance('abc', 'abc')).toBe(0);
        expect(editDistance('Gemeente', 'gemeente')).toBe(0.5);
    });
});
