import type { ModelKey } from './model-definition.js';

/** The text by which a model version is named everywhere: `Regieneming 1.1`. */
export function modelKeyText(key: ModelKey): string {
    return `${key.name} ${key.version}`;
}

/** How users write the key in a file: `Regieneming versie 1.1`. */
export function modelKeyLabel(key: ModelKey): string {
    return `${key.name} versie ${key.version}`;
}

export function sameModelKey(a: ModelKey, b: ModelKey): boolean {
    return a.name === b.name && a.version === b.version;
}

/** Numeric, part by part: 1.10 is newer than 1.9, and 1.0 equals 1.0.0. */
export function compareVersions(a: string, b: string): number {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (diff !== 0) {
            return Math.sign(diff);
        }
    }
    return 0;
}
