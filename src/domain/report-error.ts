/**
 * A report that cannot be made from the given input, for a reason the user can fix (too few scans for an
 * anonymous comparison, a model without a scale, …). The message is Dutch and says how to fix it.
 */
export class ReportError extends Error {
    override readonly name = 'ReportError';

    /** `gebruik` when how the report was asked for is the problem (a minimum below the model's), not the files. */
    constructor(message: string, readonly refusalReason: 'invoer' | 'gebruik' = 'invoer') {
        super(message);
    }
}
