import type { ModelKey } from '../domain/model-definition.js';
import { slug } from '../domain/slug.js';

/**
 * The one file-naming scheme of every report, the same from the command line, the editor and the preview:
 *
 *     <kind>.<subject>.<format>     regio.regio-noord.html, formulier.regieneming-1.1.md, wijzigingen.regieneming-1.1.json
 *     <kind>.<format>               vergelijking.html, vergelijking-anoniem.md
 *
 * The kind word comes first and ends at the first dot. A subject is a slug (which never contains a dot),
 * optionally followed by a model version, so the text before the first dot always names the kind: a region
 * called "Vergelijking anoniem" gets `regio.vergelijking-anoniem.html`, never the anonymised comparison's name.
 */

/** A kind word: lower-case letters and hyphens, no dot, so that it ends where the subject starts. */
export function isKindWord(word: string): boolean {
    return /^[a-z]+(-[a-z]+)*$/.test(word);
}

/** The subject of a region's report: its name as a slug. */
export function regionSubject(region: string): string {
    return slug(region, 'regio');
}

/** The subject of a model version's report: `regieneming-1.1`. */
export function modelSubject(key: ModelKey): string {
    return `${slug(key.name, 'model')}-${key.version}`;
}

export function reportStem(kind: string, subject?: string): string {
    return subject === undefined ? kind : `${kind}.${subject}`;
}

export function reportFileName(stem: string, format: string): string {
    return `${stem}.${format}`;
}

/**
 * Makes stems unique within one plan: a second region of the same name gets `-2`, a third `-3`, … in the
 * order given (the plan sorts its sources by path, so the same files always give the same names).
 */
export function uniqueStems(stems: readonly string[]): string[] {
    const used = new Set<string>();
    return stems.map(stem => {
        let unique = stem;
        for (let n = 2; used.has(unique); n++) {
            unique = `${stem}-${n}`;
        }
        used.add(unique);
        return unique;
    });
}
