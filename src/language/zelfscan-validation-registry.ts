import { stream, ValidationRegistry, type AstNode, type Stream, type ValidationAcceptor, type ValidationCategory, type ValidationCheck } from 'langium';

/**
 * Langium's registry, without its per-node overhead: it wraps every check in two async functions (three promises
 * and their microtasks per check and node, although every check of this project is synchronous) and builds a new
 * stream pipeline for every node it is asked about. Here a synchronous check runs synchronously, an exception is
 * reported exactly as Langium reports it, and the checks of each node type and set of categories are looked up
 * once. A check that returns a promise is still awaited as before.
 */
export class ZelfscanValidationRegistry extends ValidationRegistry {

    /** The checks by set of categories (or '' for all) and node type. */
    private readonly checksByCategories = new Map<string, Map<string, readonly ValidationCheck[]>>();
    private readonly categoryKeys = new WeakMap<readonly ValidationCategory[], string>();

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const context = 'An error occurred during validation';
        return (node: AstNode, accept: ValidationAcceptor, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                return result instanceof Promise ? this.handleException(() => result, context, accept, node) : undefined;
            } catch (error) {
                return this.handleException(() => { throw error; }, context, accept, node);
            }
        };
    }

    protected override addEntry(...args: Parameters<ValidationRegistry['addEntry']>): void {
        this.checksByCategories.clear();
        super.addEntry(...args);
    }

    override getChecks(type: string, categories?: ValidationCategory[]): Stream<ValidationCheck> {
        return stream(this.checksOf(type, categories));
    }

    /** As getChecks, as an array: iterating a Langium stream for every node costs more than the checks themselves. */
    checksOf(type: string, categories?: ValidationCategory[]): readonly ValidationCheck[] {
        const key = categories ? this.keyOf(categories) : '';
        let byType = this.checksByCategories.get(key);
        if (!byType) {
            byType = new Map();
            this.checksByCategories.set(key, byType);
        }
        let checks = byType.get(type);
        if (!checks) {
            checks = super.getChecks(type, categories).toArray();
            byType.set(type, checks);
        }
        return checks;
    }

    /** The document builder passes one categories array for all nodes of a document: its key is made once. */
    private keyOf(categories: readonly ValidationCategory[]): string {
        let key = this.categoryKeys.get(categories);
        if (key === undefined) {
            key = categories.join('\u0000');
            this.categoryKeys.set(categories, key);
        }
        return key;
    }
}
