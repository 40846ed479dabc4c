import { isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

/**
 * The nodes of a syntax tree in the order of Langium's `streamAst` (the root first, then each child's subtree, by
 * property order and array index), as one array, for loops that visit every node of every document: a plain
 * recursion is several times cheaper than Langium's lazy stream of property iterators. `enter` may return false
 * to leave out a node's descendants (the node itself is kept).
 */
export function nodesInOrder(root: AstNode, enter?: (node: AstNode) => boolean): AstNode[] {
    const nodes: AstNode[] = [];
    collect(root, nodes, enter);
    return nodes;
}

function collect(node: AstNode, into: AstNode[], enter: ((node: AstNode) => boolean) | undefined): void {
    into.push(node);
    if (enter && !enter(node)) {
        return;
    }
    const record = node as unknown as Record<string, unknown>;
    for (const key of Object.keys(record)) {
        if (key.startsWith('$')) {
            continue;
        }
        const value = record[key];
        if (isNode(value)) {
            collect(value, into, enter);
        } else if (Array.isArray(value)) {
            for (const element of value) {
                if (isNode(element)) {
                    collect(element, into, enter);
                }
            }
        }
    }
}

/** Langium's `isAstNode`. */
function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

/**
 * Each reference held by a node (not its descendants), in the order of Langium's `streamReferences`: by property
 * order, then array index.
 */
export function forEachReference(node: AstNode, visit: (reference: ReferenceInfo) => void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(record)) {
        if (property.startsWith('$')) {
            continue;
        }
        const value = record[property];
        if (isReference(value) || isMultiReference(value)) {
            visit({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element: unknown = value[index];
                if (isReference(element) || isMultiReference(element)) {
                    visit({ reference: element, container: node, property, index });
                }
            }
        }
    }
}
