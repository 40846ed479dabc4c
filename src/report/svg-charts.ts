import type { ReportLanguage } from '../domain/report-model.js';
import { formatDecimal, formatNumber } from './format.js';
import { html, joinHtml, type SafeHtml } from './html.js';
import { textsFor } from './texts.js';

/**
 * Inline SVG charts. Every chart is `role="img"` with a `<title>` and `aria-describedby` pointing at a
 * visually-hidden text that says in words what the chart shows; the statistics table next to it carries
 * the same numbers. Shapes and printed values carry the meaning, colour only supports it.
 * Coordinates are rounded to one decimal so that the output is identical everywhere.
 */

export interface RoleDistribution {
    readonly role: string;
    readonly count: number;
    readonly mean: number | null;
    readonly min: number | null;
    readonly max: number | null;
    /** Every respondent's score, in respondent order. */
    readonly scores: readonly number[];
}

export interface ChartScale {
    readonly min: number;
    readonly max: number;
}

const WIDTH = 720;
const PAD_X = 24;
const COLOURS = {
    ink: '#1f2933',
    muted: '#4a5561',
    grid: '#cfd8e0',
    band: '#d4e6ea',
    bandEdge: '#0b5563',
    dot: '#0b5563',
    mean: '#9a3a0c'
} as const;
/** Series colours for the comparison chart, each at least 3:1 against white. */
const SERIES_COLOURS = ['#0b5563', '#9a3a0c', '#5b4b8a', '#3d6b21', '#7a5c00', '#1f4e99'] as const;

function n(value: number): string {
    const rounded = Math.round(value * 10) / 10;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** SVG text does not wrap; long labels are shortened in the picture (the tables hold them in full). */
function fit(label: string, maxChars: number): string {
    const chars = Array.from(label.replace(/\s+/g, ' '));
    return chars.length <= maxChars ? chars.join('') : `${chars.slice(0, maxChars - 1).join('')}…`;
}

function xFor(value: number, scale: ChartScale, left: number, right: number): number {
    const span = scale.max - scale.min;
    const ratio = span <= 0 ? 0.5 : (value - scale.min) / span;
    return left + Math.min(1, Math.max(0, ratio)) * (right - left);
}

function axis(scale: ChartScale, left: number, right: number, top: number, bottom: number): SafeHtml {
    const ticks: SafeHtml[] = [];
    for (let value = scale.min; value <= scale.max; value++) {
        const x = n(xFor(value, scale, left, right));
        ticks.push(html`<line x1="${x}" y1="${n(top)}" x2="${x}" y2="${n(bottom)}" stroke="${COLOURS.grid}" stroke-dasharray="3 3"/>`);
        ticks.push(html`<text class="axis-label" x="${x}" y="${n(bottom + 18)}" text-anchor="middle">${value}</text>`);
    }
    return joinHtml(ticks, html`\n`);
}

function diamond(x: number, y: number, size: number, fill: string): SafeHtml {
    const points = [[x, y - size], [x + size, y], [x, y + size], [x - size, y]].map(([px, py]) => `${n(px!)},${n(py!)}`).join(' ');
    return html`<polygon points="${points}" fill="${fill}" stroke="#ffffff" stroke-width="1.5"/>`;
}

export interface RoleChartInput {
    /** Prefix for element ids; must be unique in the page and must not come from user content. */
    readonly id: string;
    readonly title: string;
    readonly scale: ChartScale;
    readonly roles: readonly RoleDistribution[];
    readonly language: ReportLanguage;
}

/** Per role: the min–max band, each respondent's score as an open dot, and the mean as a diamond with its value. */
export function renderRoleChart(input: RoleChartInput): SafeHtml {
    const t = textsFor(input.language);
    const rowHeight = 72;
    const top = 8;
    const left = PAD_X;
    const right = WIDTH - PAD_X;
    const plotBottom = top + input.roles.length * rowHeight;
    const height = plotBottom + 30;

    const rows = input.roles.map((role, index) => {
        const y = top + index * rowHeight;
        const trackY = y + 48;
        const parts: SafeHtml[] = [html`<text class="role-label" x="${n(left)}" y="${n(y + 16)}">${fit(role.role, 80)}</text>`];
        if (role.min !== null && role.max !== null) {
            const x1 = xFor(role.min, input.scale, left, right);
            const x2 = xFor(role.max, input.scale, left, right);
            parts.push(html`<rect x="${n(x1 - 6)}" y="${n(trackY - 8)}" width="${n(x2 - x1 + 12)}" height="16" rx="8" fill="${COLOURS.band}" stroke="${COLOURS.bandEdge}" stroke-width="1"/>`);
        }
        // Equal scores are stacked vertically so that every respondent stays visible.
        const seen = new Map<number, number>();
        const counts = new Map<number, number>();
        for (const score of role.scores) {
            counts.set(score, (counts.get(score) ?? 0) + 1);
        }
        for (const score of role.scores) {
            const k = seen.get(score) ?? 0;
            seen.set(score, k + 1);
            const offset = (k - ((counts.get(score) ?? 1) - 1) / 2) * 7;
            parts.push(html`<circle cx="${n(xFor(score, input.scale, left, right))}" cy="${n(trackY + offset)}" r="4.5" fill="#ffffff" stroke="${COLOURS.dot}" stroke-width="2"/>`);
        }
        if (role.mean !== null) {
            const x = xFor(role.mean, input.scale, left, right);
            parts.push(diamond(x, trackY, 8, COLOURS.mean));
            parts.push(html`<text class="value-label" x="${n(x)}" y="${n(y + 34)}" text-anchor="middle" fill="${COLOURS.mean}">${formatDecimal(role.mean, input.language)}</text>`);
        } else {
            parts.push(html`<text class="axis-label" x="${n(left)}" y="${n(trackY + 4)}">${t.noScore}</text>`);
        }
        return html`<g>\n${joinHtml(parts, html`\n`)}\n</g>`;
    });

    const description = input.roles.map(role => role.mean === null
        ? t.chartNoScores(role.role)
        : t.chartSummary(role.role, formatDecimal(role.mean, input.language), formatNumber(role.min, input.language),
            formatNumber(role.max, input.language), String(role.count)));

    const legend = html`<ul class="legend" aria-hidden="true">
<li><svg width="18" height="18" viewBox="0 0 18 18">${diamond(9, 9, 7, COLOURS.mean)}</svg>${t.chartLegendMean}</li>
<li><svg width="30" height="18" viewBox="0 0 30 18"><rect x="1" y="3" width="28" height="12" rx="6" fill="${COLOURS.band}" stroke="${COLOURS.bandEdge}" stroke-width="1"/></svg>${t.chartLegendRange}</li>
<li><svg width="18" height="18" viewBox="0 0 18 18"><circle cx="9" cy="9" r="4.5" fill="#ffffff" stroke="${COLOURS.dot}" stroke-width="2"/></svg>${t.chartLegendScore}</li>
</ul>`;

    return chartFigure(input, height, html`${axis(input.scale, left, right, top, plotBottom)}
${joinHtml(rows, html`\n`)}`, description, legend);
}

export interface ComparisonSeries {
    readonly label: string;
    /** Mean per role, by role name; null or absent when the region has no scores for it. */
    readonly means: ReadonlyMap<string, number | null>;
}

export interface ComparisonChartInput {
    readonly id: string;
    readonly title: string;
    readonly scale: ChartScale;
    readonly roles: readonly string[];
    readonly series: readonly ComparisonSeries[];
    readonly language: ReportLanguage;
}

/**
 * Grouped horizontal bars: per role one bar per region, in a fixed colour per region, each bar labelled
 * with the region's label and its mean, so the picture reads without the colours.
 */
export function renderComparisonChart(input: ComparisonChartInput): SafeHtml {
    const t = textsFor(input.language);
    const labelWidth = 170;
    const left = labelWidth;
    const right = WIDTH - 48;
    const barHeight = 14;
    const barGap = 6;
    const groupHeader = 26;
    const groupGap = 14;
    const groupHeight = groupHeader + input.series.length * (barHeight + barGap) + groupGap;
    const top = 8;
    const plotBottom = top + input.roles.length * groupHeight;
    const height = plotBottom + 30;

    const groups = input.roles.map((role, roleIndex) => {
        const y = top + roleIndex * groupHeight;
        const parts: SafeHtml[] = [html`<text class="role-label" x="0" y="${n(y + 18)}">${fit(role, 80)}</text>`];
        input.series.forEach((series, seriesIndex) => {
            const barY = y + groupHeader + seriesIndex * (barHeight + barGap);
            const colour = SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length]!;
            parts.push(html`<text class="series-label" x="${n(labelWidth - 10)}" y="${n(barY + barHeight - 3)}" text-anchor="end">${fit(series.label, 24)}</text>`);
            const mean = series.means.get(role) ?? null;
            if (mean === null) {
                parts.push(html`<text class="axis-label" x="${n(left + 4)}" y="${n(barY + barHeight - 3)}">${t.noScore}</text>`);
                return;
            }
            const x = xFor(mean, input.scale, left, right);
            parts.push(html`<rect x="${n(left)}" y="${n(barY)}" width="${n(Math.max(2, x - left))}" height="${barHeight}" fill="${colour}"/>`);
            parts.push(html`<text class="value-label" x="${n(Math.max(left + 2, x) + 6)}" y="${n(barY + barHeight - 2)}">${formatDecimal(mean, input.language)}</text>`);
        });
        return html`<g>\n${joinHtml(parts, html`\n`)}\n</g>`;
    });

    const description = input.roles.map(role => t.comparisonChartSummary(role, input.series
        .map(series => `${series.label} ${formatDecimal(series.means.get(role) ?? null, input.language)}`).join('; ')));

    return chartFigure(input, height, html`${axis(input.scale, left, right, top, plotBottom)}
${joinHtml(groups, html`\n`)}`, description);
}

/**
 * The frame every chart shares: an SVG labelled by its title and described by a visually hidden text that says
 * in words what the chart shows, then the legend if there is one.
 */
function chartFigure(input: { id: string; title: string }, height: number, content: SafeHtml, description: readonly string[], legend?: SafeHtml): SafeHtml {
    return html`<figure class="chart-figure">
<svg class="chart" role="img" viewBox="0 0 ${WIDTH} ${n(height)}" width="${WIDTH}" height="${n(height)}" aria-labelledby="${input.id}-title" aria-describedby="${input.id}-desc">
<title id="${input.id}-title">${input.title}</title>
${content}
</svg>
${legend === undefined ? '' : html`${legend}\n`}<div id="${input.id}-desc" class="visually-hidden">${joinHtml(description.map(line => html`<p>${line}</p>`))}</div>
</figure>`;
}
