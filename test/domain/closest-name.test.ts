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

    it('finds the closest of names that differ in length, whatever their order', () => {
        expect(closestName('Ontwerpr', ['Ontwerpers', 'Ontwerper'])).toBe('Ontwerper');
        expect(closestName('Ontwerpr', ['Ontwerper', 'Ontwerpers'])).toBe('Ontwerper');
    });

    it('offers nothing for a text of more than 200 characters: pasted, not mistyped', () => {
        expect(closestName('a'.repeat(200), ['a'.repeat(199)])).toBe('a'.repeat(199));
        expect(closestName('a'.repeat(201), ['a'.repeat(200)])).toBeUndefined();
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
