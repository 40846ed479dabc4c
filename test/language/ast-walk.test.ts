import { AstUtils, type AstNode } from 'langium';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachReference, nodesInOrder } from '../../src/language/ast-walk.js';
import { isRespondent } from '../../src/language/generated/ast.js';
import { createTestWorkspace, EXAMPLES, loadFolder } from '../helpers/workspace.js';

/** The same node objects in the same order (identity, not deep equality). */
function expectSameNodes(actual: readonly AstNode[], expected: readonly AstNode[]): void {
    expect(actual.length).toBe(expected.length);
    expect(actual.findIndex((node, i) => node !== expected[i])).toBe(-1);
}

/** What the validator's walk must equal: Langium's own pre-order stream, with the same pruning. */
function langiumOrder(root: AstNode, enter: (node: AstNode) => boolean): AstNode[] {
    const nodes: AstNode[] = [];
    const iterator = AstUtils.streamAst(root).iterator();
    for (const node of iterator) {
        nodes.push(node);
        if (!enter(node)) {
            iterator.prune();
        }
    }
    return nodes;
}

describe('nodesInOrder', () => {
    it('lists every node of the example models and scans in the order of Langium\'s streamAst', async () => {
        const workspace = await loadFolder(EXAMPLES);
        expect(workspace.documents.size).toBe(9);
        for (const document of workspace.documents.values()) {
            const root = document.parseResult.value;
            const expected = AstUtils.streamAst(root).toArray();
            expect(expected.length).toBeGreaterThan(5);
            expectSameNodes(nodesInOrder(root), expected);
        }
    });

    it('keeps a pruned node but none of its descendants, as a pruned stream does', async () => {
        const workspace = await loadFolder(EXAMPLES);
        const root = workspace.doc('scans/regio-brakeldonk-2024.regioscan').parseResult.value;
        const enter = (node: AstNode) => !isRespondent(node);
        const pruned = nodesInOrder(root, enter);
        expectSameNodes(pruned, langiumOrder(root, enter));
        expect(pruned.filter(isRespondent).length).toBeGreaterThan(0);
        expect(pruned.some(node => node.$container && isRespondent(node.$container))).toBe(false);
    });

    it('equals streamAst on the partial trees the parser recovers from arbitrary edits of a scan', async () => {
        const workspace = await loadFolder(EXAMPLES);
        const text = workspace.doc('scans/regio-hoogvenne-2024.regioscan').textDocument.getText();
        await fc.assert(fc.asyncProperty(fc.nat(text.length), fc.nat(40), fc.string({ maxLength: 12 }), async (at, cut, insert) => {
            const edited = text.slice(0, at) + insert + text.slice(at + cut);
            const scratch = await createTestWorkspace({ 'regio.regioscan': edited });
            const root = scratch.doc('regio.regioscan').parseResult.value;
            expectSameNodes(nodesInOrder(root), AstUtils.streamAst(root).toArray());
        }), { numRuns: 60 });
    });

    it('forEachReference gives each node\'s references as streamReferences does, for every node of the examples', async () => {
        const workspace = await loadFolder(EXAMPLES);
        let references = 0;
        for (const document of workspace.documents.values()) {
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                const ours: unknown[] = [];
                forEachReference(node, info => ours.push(info));
                expect(ours).toEqual(AstUtils.streamReferences(node).toArray().map(info => ({ ...info })));
                references += ours.length;
            }
        }
        expect(references).toBeGreaterThan(100);
    });
});
