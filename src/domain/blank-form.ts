import { reportScale } from './region-report.js';
import type { BlankForm } from './report-model.js';
import type { ResolvedModel } from './resolved-model.js';

/** The empty scan form of a model version: what an analyst takes into an interview. */
export function buildBlankForm(model: ResolvedModel): BlankForm {
    return {
        kind: 'formulier',
        model: { name: model.key.name, version: model.key.version, title: model.title },
        sourceText: model.sourceText,
        scale: reportScale(model),
        roles: [...model.items.role.values()].map(role => ({
            name: role.name,
            description: role.description,
            competence: role.competence,
            actions: role.actions.map(action => ({ name: action.name, text: action.text }))
        })),
        uses: [...model.items.use.values()].map(use => ({
            name: use.name,
            label: use.label,
            description: use.description,
            prompts: use.prompts.map(prompt => ({ name: prompt.name, text: prompt.text }))
        })),
        questions: [...model.items.question.values()].map(question => ({ name: question.name, text: question.text }))
    };
}
