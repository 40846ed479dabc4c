import type { AstNodeDescription } from 'langium';
import { compareText } from '../domain/compare-text.js';

/**
 * The one order among files that declare the same model version: by URI, saved files before untitled ones.
 * References follow the first; scoping, validation and the builder's relink decision all use this order, so the
 * editor and the command line agree whatever order the documents were loaded in.
 */
export function compareDeclaringFiles(a: Pick<AstNodeDescription, 'documentUri'>, b: Pick<AstNodeDescription, 'documentUri'>): number {
    return compareText(a.documentUri.toString(), b.documentUri.toString());
}
