import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { escapeHtml, html, trustedHtml } from '../../src/report/html.js';
import { fixtures } from './fixtures.js';
import { render } from './render-output.js';

const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
        // The brief and the HTML standard both write the doctype in lower case; the rule's default wants upper case.
        'doctype-style': ['error', { style: 'lowercase' }],
        // long-title measures the title's source text, so each escaped '<' counts as four characters; the
        // renderer shortens the decoded title to 70 characters, which the browser test checks on document.title.
        'long-title': 'off'
    }
});

describe('report HTML: html-validate (recommended rules)', () => {
    test.each(fixtures)('$name (html) has no html-validate errors', async fixture => {
        const report = await validator.validateString(render(fixture, 'html'), `${fixture.name}.html`);
        const messages = report.results.flatMap(result => result.messages.map(message => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
        expect(messages).toEqual([]);
        expect(report.valid).toBe(true);
    });
});

describe('html builder', () => {
    test('escapes every interpolated value, including quotes', () => {
        expect(escapeHtml('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
        const payload = '"><script>alert(1)</script>';
        expect(html`<p title="${payload}">${payload}</p>`.markup)
            .toBe('<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    });

    test('nests safe fragments without double escaping, and opt-in raw markup stays as is', () => {
        const inner = html`<b>${'a&b'}</b>`;
        expect(html`<p>${inner}${[html`<i>x</i>`, '<y>']}${undefined}${null}${false}${3}</p>`.markup).toBe('<p><b>a&amp;b</b><i>x</i>&lt;y&gt;3</p>');
        expect(html`${trustedHtml('<br>')}`.markup).toBe('<br>');
    });
});
