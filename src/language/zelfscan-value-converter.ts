import {
    AstUtils, CstUtils, DefaultValueConverter, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type ValueType
} from 'langium';

/**
 * Builds versions, dates and model keys from their token texts (the default would turn `01` into `1` and drop
 * the spaces), and reads strings without escapes by slicing, which avoids building them character by character.
 */
export class ZelfscanValueConverter extends DefaultValueConverter {

    /** Per grammar element: is this INT read inside a data type rule (a version or a date)? */
    private readonly intInDataType = new WeakMap<AstNode, boolean>();

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'INT':
                // Inside `1.01` or `2024-01-15` keep the digits as written; the rule's value is their concatenation.
                return this.isInDataType(cstNode) ? input : super.runConverter(rule, input, cstNode);
            case 'Version':
            case 'IsoDate':
                // The parser joins the rule's token texts (no hidden tokens), exactly what these rules mean.
                return input;
            case 'ModelKey': {
                // `Regieneming versie 1.1` arrives joined as `Regienemingversie1.1`; → `Regieneming 1.1`, the name a
                // model version is indexed under. A version holds only digits and dots, so the last `versie` is the
                // keyword. Incomplete keys (while typing) take the slower path over the tokens.
                const match = /^(.+)versie([0-9.]+)$/.exec(input);
                if (match) {
                    return `${match[1]} ${match[2]}`;
                }
                const [name, , ...version] = tokenTexts(cstNode);
                return `${name} ${version.join('')}`;
            }
            case 'STRING':
                return convertString(input);
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }

    private isInDataType(cstNode: CstNode): boolean {
        const source = cstNode.grammarSource;
        if (!source) {
            return false;
        }
        let inside = this.intInDataType.get(source);
        if (inside === undefined) {
            const rule = AstUtils.getContainerOfType(source, GrammarAST.isParserRule);
            inside = rule !== undefined && GrammarUtils.isDataTypeRule(rule);
            this.intInDataType.set(source, inside);
        }
        return inside;
    }
}

function tokenTexts(node: CstNode): string[] {
    return CstUtils.streamCst(node)
        .filter(n => isLeafCstNode(n) && !n.hidden)
        .map(n => n.text)
        .toArray();
}

function convertString(input: string): string {
    const body = input.slice(1, -1);
    if (!body.includes('\\')) {
        return body;
    }
    return body.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r' };
