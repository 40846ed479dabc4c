import { CstUtils, DefaultValueConverter, isLeafCstNode, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Builds versions, dates and model keys from their token texts (the default would turn `01` into `1` and drop
 * the spaces), and reads strings without escapes by slicing, which avoids building them character by character.
 */
export class ZelfscanValueConverter extends DefaultValueConverter {

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'Version':
            case 'IsoDate':
                return tokenTexts(cstNode).join('');
            case 'ModelKey': {
                // `Regieneming versie 1.1` → `Regieneming 1.1`, the name a model version is indexed under.
                const [name, , ...version] = tokenTexts(cstNode);
                return `${name} ${version.join('')}`;
            }
            case 'STRING':
                return convertString(input);
            default:
                return super.runConverter(rule, input, cstNode);
        }
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
