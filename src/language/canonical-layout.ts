import { AstUtils, CstUtils, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LeafCstNode } from 'langium';

/** The one indentation of the canonical layout, whatever an editor's own settings say. */
export const INDENT = '    ';

/**
 * What goes before a token: a new line (`block`: a fact, which keeps one blank line where the user had one;
 * `line`: a closing brace, never after a blank line), one space, or nothing.
 */
type Spacing = 'block' | 'line' | 'space' | 'none';

/**
 * The canonical text of a parsed file without syntax errors: four-space indentation, one fact per line, one
 * space between tokens, `{` on the header line and `}` on a line of its own, at most one blank line in a row,
 * the first token at the start of the file and one line break after the last. Versions, dates and ranges are
 * written without inner spaces (`1.0`, `2024-01-15`, `1..5`).
 *
 * Tokens and comments are copied as they are; only the whitespace between them is chosen. A comment on the line
 * of the token before it stays there; a comment between facts goes on a line of its own, indented like the fact
 * after it; a comment inside a fact (between `advies` and its text) stays inside it, after one space, and after
 * a line comment the fact continues on the next line one level deeper. The layout depends on the tokens and on
 * where the user had line breaks and blank lines, never on the previous indentation, so formatting a formatted
 * text changes nothing.
 */
export function canonicalText(root: AstNode, text: string): string {
    const rootCst = root.$cstNode;
    if (!rootCst) {
        return text;
    }
    const spacing = spacingOfTokens(root);
    // The tokens and comments in text order (hidden whitespace, if a parser kept it, is not a comment).
    const leaves = CstUtils.streamCst(rootCst).filter(isLeafCstNode).filter(leaf => !leaf.hidden || leaf.text.trim() !== '').toArray();
    const first = leaves.find(leaf => !leaf.hidden);
    if (first) {
        // The file's first token starts a line, also after a leading comment.
        spacing.set(first.offset, 'block');
    }
    const tokenDepths = braceDepths(leaves);
    const nextTokens = nextTokenOf(leaves);
    let out = '';
    let previousEnd = -1;
    let previousLeaf: LeafCstNode | undefined;
    for (let i = 0; i < leaves.length; i++) {
        const leaf = leaves[i];
        const gap = previousEnd < 0 ? '' : text.slice(previousEnd, leaf.offset);
        const breaks = lineBreaks(gap);
        if (previousLeaf === undefined) {
            // Nothing before the first token or comment.
        } else if (leaf.hidden) {
            out += gapBeforeComment(nextTokens[i], previousLeaf, breaks, spacing, tokenDepths);
        } else {
            out += gapBeforeToken(previousLeaf, breaks, spacing.get(leaf.offset) ?? 'space', tokenDepths.get(leaf.offset) ?? 0);
        }
        out += leaf.text;
        previousEnd = leaf.end;
        previousLeaf = leaf;
    }
    return out.length > 0 ? `${out}\n` : '';
}

function gapBeforeToken(previous: LeafCstNode, breaks: number, spacing: Spacing, depth: number): string {
    if (spacing === 'block') {
        return newLines(breaks) + INDENT.repeat(depth);
    }
    if (spacing === 'line') {
        return '\n' + INDENT.repeat(depth);
    }
    if (isLineComment(previous)) {
        // Inside a fact, after a line comment: the fact goes on, one level deeper.
        return '\n' + INDENT.repeat(depth + 1);
    }
    return spacing === 'space' || previous.hidden ? ' ' : '';
}

function gapBeforeComment(next: LeafCstNode | undefined, previous: LeafCstNode, breaks: number,
    spacing: ReadonlyMap<number, Spacing>, depths: ReadonlyMap<number, number>): string {
    const nextSpacing = next ? spacing.get(next.offset) ?? 'space' : 'line';
    const betweenFacts = nextSpacing === 'block' || nextSpacing === 'line';
    const nextDepth = next ? depths.get(next.offset) ?? 0 : 0;
    if (!betweenFacts) {
        // Inside a fact: the comment stays inside it.
        return isLineComment(previous) ? '\n' + INDENT.repeat(nextDepth + 1) : ' ';
    }
    if (breaks === 0 && !isLineComment(previous)) {
        // On the line of what comes before it.
        return ' ';
    }
    // Before a closing brace, a comment is indented like the facts of its block.
    const depth = next?.text === '}' ? nextDepth + 1 : nextDepth;
    return newLines(breaks) + INDENT.repeat(depth);
}

/** One line break, or two (one blank line) where the user had more than one. */
function newLines(breaks: number): string {
    return breaks >= 2 ? '\n\n' : '\n';
}

function lineBreaks(gap: string): number {
    return gap.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function isLineComment(leaf: LeafCstNode): boolean {
    return leaf.hidden && leaf.text.startsWith('//');
}

/** For each leaf, the first token after it. */
function nextTokenOf(leaves: readonly LeafCstNode[]): Array<LeafCstNode | undefined> {
    const next = new Array<LeafCstNode | undefined>(leaves.length);
    let following: LeafCstNode | undefined;
    for (let i = leaves.length - 1; i >= 0; i--) {
        next[i] = following;
        if (!leaves[i].hidden) {
            following = leaves[i];
        }
    }
    return next;
}

/** For each token (by offset), how many blocks it lies in; a closing brace counts as outside its block. */
function braceDepths(leaves: readonly LeafCstNode[]): Map<number, number> {
    const depths = new Map<number, number>();
    let depth = 0;
    for (const leaf of leaves) {
        if (leaf.hidden) {
            continue;
        }
        if (leaf.text === '}') {
            depth = Math.max(0, depth - 1);
        }
        depths.set(leaf.offset, depth);
        if (leaf.text === '{') {
            depth++;
        }
    }
    return depths;
}

/**
 * The spacing before every token that does not start the file, by offset. Each node spaces its own pieces:
 * its tokens (also those inside data type rules such as a version) and, as one piece each, the nodes it
 * contains; a contained node inside the node's braces is a fact of its own and starts a line.
 */
function spacingOfTokens(root: AstNode): Map<number, Spacing> {
    const spacing = new Map<number, Spacing>();
    for (const node of AstUtils.streamAst(root)) {
        const cst = node.$cstNode;
        if (!cst) {
            continue;
        }
        const units = unitsOf(node, cst);
        let depth = 0;
        for (let i = 0; i < units.length; i++) {
            const unit = units[i];
            const text = isLeafCstNode(unit) ? unit.text : undefined;
            const previousText = i > 0 && isLeafCstNode(units[i - 1]) ? (units[i - 1] as LeafCstNode).text : undefined;
            if (text === '}') {
                depth--;
            }
            const first = firstToken(unit);
            if (i > 0 && first) {
                spacing.set(first.offset, spacingBetween(previousText, text, depth > 0 && isCompositeCstNode(unit)));
            }
            if (text === '{') {
                depth++;
            }
        }
    }
    return spacing;
}

function spacingBetween(previousText: string | undefined, text: string | undefined, factInBlock: boolean): Spacing {
    if (text === '}') {
        return 'line';
    }
    if (previousText === '{' || factInBlock) {
        return 'block';
    }
    const tight = ['..', '.', '-'];
    if (text === ',' || tight.includes(text ?? '') || tight.includes(previousText ?? '')) {
        return 'none';
    }
    return 'space';
}

/**
 * The pieces of a node's own text to space: its own tokens (also those inside data type rules such as a
 * version) and, as one piece each, the nodes it contains. Data type rules nest only a few levels deep, so the
 * recursion is bounded by the grammar, not by the size of the file.
 */
function unitsOf(node: AstNode, cst: CstNode): CstNode[] {
    const units: CstNode[] = [];
    const visit = (current: CstNode) => {
        if (isLeafCstNode(current)) {
            if (!current.hidden) {
                units.push(current);
            }
        } else if (isCompositeCstNode(current)) {
            for (const child of current.content) {
                if (child.astNode !== node && child.astNode.$cstNode === child) {
                    units.push(child);
                } else {
                    visit(child);
                }
            }
        }
    };
    visit(cst);
    return units;
}

function firstToken(unit: CstNode): LeafCstNode | undefined {
    if (isLeafCstNode(unit)) {
        return unit;
    }
    return CstUtils.streamCst(unit).find((node): node is LeafCstNode => isLeafCstNode(node) && !node.hidden);
}
