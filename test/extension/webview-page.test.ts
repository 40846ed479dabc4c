import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, webviewPage } from '../../src/extension/webview-page.js';
import { FromWebviewSchema, ToWebviewSchema } from '../../src/extension/preview-messages.js';

describe('the preview page', () => {
    const page = webviewPage({ cspSource: 'https://webview.test', nonce: 'abc123', style: 'body { color: red; } </style><b>', language: 'nl', title: 'Voorbeeld <x>' });

    test('carries the webview CSP: nothing by default, styles and scripts only with the nonce', () => {
        expect(contentSecurityPolicy('https://webview.test', 'abc123')).toBe(
            "default-src 'none'; style-src 'nonce-abc123' https://webview.test; img-src https://webview.test data:; script-src 'nonce-abc123'");
        expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123' https://webview.test; img-src https://webview.test data:; script-src 'nonce-abc123'">`);
    });

    test('every style and script element has the nonce, and the stylesheet cannot close its element', () => {
        expect(page.match(/<style\b[^>]*>/g)).toEqual(['<style nonce="abc123">', '<style nonce="abc123">']);
        expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script nonce="abc123">']);
        expect(page).toContain('body { color: red; } <\\/style><b>');
        expect(page).toContain('<title>Voorbeeld &lt;x&gt;</title>');
    });
});

describe('preview messages', () => {
    test('only the known shapes pass', () => {
        expect(FromWebviewSchema.safeParse({ type: 'weergegeven', version: 3 }).success).toBe(true);
        expect(FromWebviewSchema.safeParse({ type: 'weergegeven', version: -1 }).success).toBe(false);
        expect(FromWebviewSchema.safeParse({ type: 'open', href: 'https://x' }).success).toBe(false);
        expect(ToWebviewSchema.safeParse({ type: 'melding', version: 1, message: 'x' }).success).toBe(false);
        expect(ToWebviewSchema.safeParse({ type: 'melding', version: 1, message: 'x', clear: true }).success).toBe(true);
    });
});
