import type { Changelog, ReportLanguage } from '../domain/report-model.js';
import { changeDetailText, changeNameText } from './change-texts.js';
import { CHANGE_GROUPS, changesIn } from './changelog-data.js';
import { mdCell, mdDocument, mdHeading, mdInline, mdTable } from './markdown.js';
import { changeKindLabel, textsFor } from './texts.js';

/** The changelog as Markdown: one section per kind of change, one table row per element. */
export function renderChangelogMarkdown(changelog: Changelog, language: ReportLanguage): string {
    const t = textsFor(language);
    const modelText = t.modelVersion(mdInline(changelog.model.name), mdInline(changelog.model.version));
    const sections = CHANGE_GROUPS.flatMap(group => {
        const changes = changesIn(changelog, group);
        if (changes.length === 0) {
            return [];
        }
        return [
            mdHeading(2, `${t.changeGroup[group]} (${changes.length})`),
            mdTable(
                [t.changeKindColumn, t.changeName, t.changeDetails],
                changes.map(change => [
                    mdCell(changeKindLabel(t, change.kind)),
                    mdCell(changeNameText(change, language)),
                    change.details.map(detail => mdCell(changeDetailText(detail, language))).join('; ')
                ])
            )
        ];
    });
    return mdDocument([
        mdHeading(1, t.changelogTitle(modelText)),
        changelog.model.title !== undefined && mdInline(changelog.model.title),
        changelog.base !== undefined && t.changelogSince(t.modelVersion(mdInline(changelog.base.name), mdInline(changelog.base.version))),
        ...(changelog.changes.length === 0 ? [t.noChanges] : sections)
    ]);
}
