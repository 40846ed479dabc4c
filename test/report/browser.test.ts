import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderRegionReportHtml } from '../../src/report/region-report-html.js';
import { fixtures, PAYLOADS, regionReport, type Fixture } from './fixtures.js';
import { ensureChromium } from '../helpers/chromium.js';
import { render } from './render-output.js';

// The callbacks of page.evaluate run in the browser; the project compiles without the DOM library, so the
// browser globals are declared loosely here (for this file only).
declare const document: any;
declare const window: any;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outputDir = join(root, 'test-output', 'report');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;

beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    browser = await chromium.launch({
        executablePath: ensureChromium(),
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run']
    });
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

interface Loaded {
    readonly context: BrowserContext;
    readonly page: Page;
    readonly requests: string[];
    readonly dialogs: string[];
}

/** Opens a page in which every network request is refused and recorded, and every dialog is recorded. */
async function open(markup: string, options: { bypassCSP: boolean }): Promise<Loaded> {
    const context = await browser.newContext({ bypassCSP: options.bypassCSP, viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    const dialogs: string[] = [];
    await context.route('**/*', route => {
        requests.push(route.request().url());
        return route.abort();
    });
    const page = await context.newPage();
    page.on('dialog', dialog => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
    });
    await page.setContent(markup, { waitUntil: 'load' });
    return { context, page, requests, dialogs };
}

/** What the page holds, read in the browser before anything (axe) is injected. */
async function inspect(page: Page) {
    return page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        const ids = all.map(element => element.id).filter(id => id !== '');
        return {
            pwned: (window as unknown as { __pwned?: unknown }).__pwned,
            lang: document.documentElement.lang,
            title: document.title,
            scripts: document.querySelectorAll('script').length,
            activeElements: document.querySelectorAll('iframe, img, object, embed, link, base, form, input, a[href]').length,
            eventHandlers: all.flatMap(element => [...element.attributes].filter(attribute => attribute.name.startsWith('on')).map(attribute => `${element.tagName}.${attribute.name}`)),
            headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(heading => Number(heading.tagName.substring(1))),
            tables: [...document.querySelectorAll('table')].map(table => ({
                caption: table.querySelector(':scope > caption')?.textContent?.trim() ?? '',
                headersWithoutScope: [...table.querySelectorAll('th')].filter(th => !['col', 'row'].includes(th.getAttribute('scope') ?? '')).length
            })),
            charts: [...document.querySelectorAll('svg[role="img"]')].map(svg => {
                const box = svg.getBoundingClientRect();
                return {
                    title: svg.querySelector(':scope > title')?.textContent ?? '',
                    labelledBy: document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
                    description: document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
                    width: box.width,
                    height: box.height
                };
            }),
            duplicateIds: ids.filter((id, index) => ids.indexOf(id) !== index),
            text: document.body.innerText
        };
    });
}

async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        return axe.run(document);
    });
    return result.violations.map(violation => `${violation.id}: ${violation.help} (${violation.nodes.map(node => JSON.stringify(node.target)).join(', ')})`);
}

describe('report HTML in a real browser (chromium)', () => {
    // bypassCSP: the escaping is tested on its own, without the page's Content-Security-Policy as a safety net
    // (and axe has to be injected as a script).
    test.each(fixtures)('$name (html): no script runs, no request leaves, structure and axe are clean', async (fixture: Fixture) => {
        const { context, page, requests, dialogs } = await open(render(fixture, 'html'), { bypassCSP: true });
        try {
            const facts = await inspect(page);
            expect(facts.pwned).toBeUndefined();
            expect(dialogs).toEqual([]);
            expect(facts.scripts).toBe(0);
            expect(facts.activeElements).toBe(0);
            expect(facts.eventHandlers).toEqual([]);
            expect(facts.lang).toBe(fixture.language);
            expect(Array.from(facts.title).length).toBeLessThanOrEqual(70);

            // Headings start at h1, there is one h1, and no level is skipped.
            expect(facts.headings[0]).toBe(1);
            expect(facts.headings.filter(level => level === 1)).toHaveLength(1);
            facts.headings.forEach((level, index) => {
                if (index > 0) {
                    expect(level, `heading ${index}`).toBeLessThanOrEqual(facts.headings[index - 1]! + 1);
                }
            });
            expect(facts.tables.length).toBeGreaterThan(0);
            for (const table of facts.tables) {
                expect(table.caption).not.toBe('');
                expect(table.headersWithoutScope).toBe(0);
            }
            for (const chart of facts.charts) {
                expect(chart.title).not.toBe('');
                expect(chart.labelledBy).toBe(chart.title);
                expect(chart.description).not.toBe('');
                expect(chart.width).toBeGreaterThan(300);
                expect(chart.height).toBeGreaterThan(100);
            }
            expect(facts.duplicateIds).toEqual([]);

            if (fixture.hostile) {
                for (const line of PAYLOADS.flatMap(payload => payload.split('\n'))) {
                    expect(facts.text, line).toContain(line);
                }
            }

            await page.screenshot({ path: join(outputDir, `${fixture.name}.png`), fullPage: true });
            await page.emulateMedia({ media: 'print' });
            await page.screenshot({ path: join(outputDir, `${fixture.name}-print.png`), fullPage: true });
            await page.pdf({ path: join(outputDir, `${fixture.name}.pdf`), format: 'A4', printBackground: true, preferCSSPageSize: true });
            await page.emulateMedia({ media: 'screen' });

            expect(await axeViolations(page)).toEqual([]);
            expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
            expect(dialogs).toEqual([]);
            expect(requests).toEqual([]);
        } finally {
            await context.close();
        }
    // The hostile pages are large (every field repeats all payloads); axe and the PDF take a while there.
    }, 120_000);

    test('region report charts: one row per role with a dot per score', async () => {
        const { context, page } = await open(renderRegionReportHtml(regionReport, 'nl'), { bypassCSP: true });
        try {
            const chart = await page.evaluate(() => {
                const svg = document.querySelector('svg[role="img"]')!;
                return {
                    roles: [...svg.querySelectorAll('text.role-label')].map(text => text.textContent),
                    means: [...svg.querySelectorAll('text.value-label')].map(text => text.textContent),
                    dots: svg.querySelectorAll('circle').length,
                    description: document.getElementById(svg.getAttribute('aria-describedby')!)!.textContent
                };
            });
            expect(chart.roles).toEqual(['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent']);
            expect(chart.means).toEqual(['3,3', '2,8', '3,3', '1,3']);
            expect(chart.dots).toBe(15);
            expect(chart.description).toBe('Ontwerper: gemiddeld 3,3, laagste 2, hoogste 4, 4 scores.'
                + 'Kwartiermaker: gemiddeld 2,8, laagste 2, hoogste 3, 4 scores.'
                + 'Verbinder: gemiddeld 3,3, laagste 2, hoogste 4, 4 scores.'
                + 'Dirigent: gemiddeld 1,3, laagste 1, hoogste 2, 3 scores.');
        } finally {
            await context.close();
        }
    });

    test('the Content-Security-Policy blocks an inline script that slipped into the page', async () => {
        // Simulates a rendering bug: raw script markup inside the document. The page's own policy must stop it.
        const tampered = renderRegionReportHtml(regionReport, 'nl')
            .replace('</main>', '<script>window.__pwned = 1</script><img src="https://example.invalid/x.png" alt=""></main>');
        const { context, page, requests } = await open(tampered, { bypassCSP: false });
        try {
            expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
            expect(requests).toEqual([]);
        } finally {
            await context.close();
        }
    });
});
