import type { Range, ScaleRuleName, ScaleRules } from '../domain/model-definition.js';
import * as ast from './generated/ast.js';

/** How each scale rule is written in a model file, what it decides, and what reports leave out without it. */
interface ScaleRuleText {
    readonly written: (value: string | number) => string;
    readonly decides: string;
    readonly without: string;
    /** An example line for a scale `min..max`, for the message that asks for the rule. */
    readonly example: (scale: Range) => string;
    readonly guard: (rule: ast.ScaleRule) => boolean;
}

export const SCALE_RULE_TEXTS: Readonly<Record<ScaleRuleName, ScaleRuleText>> = {
    weakAtMost: {
        written: value => `zwak tot en met ${value}`,
        decides: 'wanneer een rol zwak aanwezig is',
        without: "geven de rapporten geen signaal 'zwak aanwezig'",
        example: scale => `zwak tot en met ${Math.min(scale.min + 1, scale.max - 1)}`,
        guard: ast.isWeakRule
    },
    disagreementFrom: {
        written: value => `onenigheid vanaf spreiding ${value}`,
        decides: 'wanneer respondenten van mening verschillen',
        without: "geven de rapporten geen signaal 'onenigheid'",
        example: scale => `onenigheid vanaf spreiding ${Math.min(2, scale.max - scale.min)}`,
        guard: ast.isDisagreementRule
    },
    rounding: {
        written: value => `afronding half naar ${value}`,
        decides: 'hoe een gemiddelde naar een schaalpunt wordt afgerond',
        without: 'tonen de rapporten niet welk schaalpunt bij een gemiddelde hoort',
        example: () => 'afronding half naar boven',
        guard: ast.isRoundingRule
    },
    deviation: {
        written: value => `standaarddeviatie ${value}`,
        decides: 'welke standaarddeviatie de rapporten tonen (populatie of steekproef)',
        without: 'tonen de rapporten geen standaarddeviatie',
        example: () => 'standaarddeviatie populatie',
        guard: ast.isDeviationRule
    }
};

/** The rule a scale-rule node states. */
export function ruleNameOf(rule: ast.ScaleRule): ScaleRuleName {
    return (Object.keys(SCALE_RULE_TEXTS) as ScaleRuleName[]).find(name => SCALE_RULE_TEXTS[name].guard(rule))!;
}

export function writtenRule(name: ScaleRuleName, rules: Partial<ScaleRules>): string {
    return SCALE_RULE_TEXTS[name].written(rules[name] as string | number);
}
