import { describe, expect, it } from 'vitest';
import { compareVersions, modelKeyLabel, modelKeyText, sameModelKey } from '../../src/domain/model-key.js';

describe('compareVersions', () => {
    it('compares part by part as numbers', () => {
        expect(compareVersions('1.10', '1.9')).toBe(1);
        expect(compareVersions('1.9', '1.10')).toBe(-1);
        expect(compareVersions('2', '1.99')).toBe(1);
        expect(compareVersions('0.9', '1.0')).toBe(-1);
    });

    it('treats missing parts as zero', () => {
        expect(compareVersions('1.0', '1.0.0')).toBe(0);
        expect(compareVersions('1', '1.0')).toBe(0);
        expect(compareVersions('1.0.1', '1')).toBe(1);
    });

    it('sorts versions in release order', () => {
        expect(['1.10', '1.2', '1.0', '2.0', '1.9'].sort(compareVersions)).toEqual(['1.0', '1.2', '1.9', '1.10', '2.0']);
    });
});

describe('model keys', () => {
    const key = { name: 'Regieneming', version: '1.1' };
    it('are written as text and as in a file', () => {
        expect(modelKeyText(key)).toBe('Regieneming 1.1');
        expect(modelKeyLabel(key)).toBe('Regieneming versie 1.1');
    });

    it('are equal by name and version', () => {
        expect(sameModelKey(key, { name: 'Regieneming', version: '1.1' })).toBe(true);
        expect(sameModelKey(key, { name: 'Regieneming', version: '1.10' })).toBe(false);
    });
});
