#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron would download (it cannot, offline).
// It takes the same arguments (--extensionDevelopmentPath=, --extensionTestsPath=, a folder), starts the VS Code
// server inside code-server with the smoke-test driver enabled, opens the workbench in Debian's chromium with a
// `payload` naming the extension and its tests, and exits with the code the workbench reports through
// `codeAutomationExit`. While the tests run, a small local HTTP endpoint lets them print progress and ask for
// screenshots of the real workbench.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CODE_SERVER = path.join(REPO, '.vscode-test/code-server/node_modules/code-server');
const SERVER_MAIN = path.join(CODE_SERVER, 'lib/vscode/out/server-main.js');
const NODE24 = path.join(REPO, 'node_modules/.bin/node');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** ZELFSCAN_VSCODE_TRUST=beperkt: workspace trust on and the folder not trusted (Restricted Mode). */
const RESTRICTED = process.env.ZELFSCAN_VSCODE_TRUST === 'beperkt';
const OUTPUT = path.join(REPO, 'test-output/vscode', RESTRICTED ? 'beperkt' : '');
/** The whole run; generous, because a hang must end in a failure, never in a silent pass. */
const RUN_LIMIT_MS = Number(process.env.ZELFSCAN_VSCODE_TIMEOUT_MS ?? 900_000);

const say = message => console.log(`[vscode] ${message}`);
const fail = message => {
    console.error(`[vscode] FOUT: ${message}`);
    process.exit(1);
};

function parseArguments(argv) {
    const options = { developmentPaths: [], testsPath: undefined, folder: undefined, file: undefined };
    for (const arg of argv) {
        const [key, ...rest] = arg.split('=');
        const value = rest.join('=');
        if (key === '--extensionDevelopmentPath') {
            options.developmentPaths.push(path.resolve(value));
        } else if (key === '--extensionTestsPath') {
            options.testsPath = path.resolve(value);
        } else if (!arg.startsWith('-')) {
            // As for `code FOLDER FILE`: the folder opens with the file in view.
            options[options.folder === undefined ? 'folder' : 'file'] = path.resolve(arg);
        }
        // Electron-only flags that runTests adds (--no-sandbox, --disable-updates, profile folders) do not apply.
    }
    return options;
}

function freePort() {
    return new Promise((resolve, reject) => {
        const server = createNetServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

async function startVsCodeServer(port, scratch, env) {
    const log = createWriteStream(path.join(OUTPUT, 'server.log'));
    const child = spawn(NODE24, [
        SERVER_MAIN,
        '--host', '127.0.0.1', '--port', String(port),
        '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
        '--disable-telemetry', '--disable-update-check', ...(RESTRICTED ? [] : ['--disable-workspace-trust']),
        '--server-data-dir', path.join(scratch, 'server-data'),
        '--user-data-dir', path.join(scratch, 'user-data'),
        '--extensions-dir', path.join(scratch, 'extensions')
    ], { env: { ...env, HOME: path.join(scratch, 'home') }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    await new Promise((resolve, reject) => {
        let seen = '';
        const timer = setTimeout(() => reject(new Error('the VS Code server did not start within 60 s (see test-output/vscode/server.log)')), 60_000);
        child.stdout.on('data', chunk => {
            seen += chunk.toString();
            if (/Extension host agent listening on/.test(seen)) {
                clearTimeout(timer);
                resolve();
            }
        });
        child.on('exit', code => {
            clearTimeout(timer);
            reject(new Error(`the VS Code server stopped with code ${code} (see test-output/vscode/server.log)`));
        });
    });
    return child;
}

/**
 * Progress lines and screenshot requests from the tests inside the extension host; `/opened` answers when the
 * workbench was asked to open (Date.now(), the same clock as the extension host's on this machine).
 */
function startControlServer(page) {
    return new Promise(resolve => {
        const server = createServer(async (request, response) => {
            const url = new URL(request.url, 'http://127.0.0.1');
            let body = '';
            for await (const chunk of request) {
                body += chunk;
            }
            try {
                if (url.pathname === '/opened') {
                    response.end(JSON.stringify(page.openedAt ?? null));
                } else if (url.pathname === '/log') {
                    console.log(body.replace(/\n$/, ''));
                    response.end('ok');
                } else if (url.pathname === '/screenshot') {
                    const name = (url.searchParams.get('name') ?? 'workbench').replace(/[^\w.-]/g, '_');
                    const file = path.join(OUTPUT, `${name}.png`);
                    const target = page.current;
                    if (!target) {
                        throw new Error('no page');
                    }
                    await target.screenshot({ path: file });
                    say(`screenshot: ${path.relative(REPO, file)}`);
                    for (const frame of target.frames()) {
                        const report = await frame.evaluate(() => document.getElementById('zelfscan-rapport')?.innerText.length).catch(() => undefined);
                        if (report !== undefined) {
                            say(`  preview frame shows ${report} characters of report text`);
                        }
                    }
                    response.end(file);
                } else if (url.pathname === '/palette') {
                    // Types into the real command palette, as a user would, and answers with the rows it shows.
                    const target = page.current;
                    const query = url.searchParams.get('query') ?? '';
                    await target.keyboard.press('F1');
                    await target.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
                    await target.keyboard.type(query);
                    await target.waitForTimeout(800);
                    const rows = await target.$$eval('.quick-input-widget .quick-input-list .monaco-list-row',
                        elements => elements.map(element => element.getAttribute('aria-label') ?? element.textContent ?? ''));
                    const name = (url.searchParams.get('screenshot') ?? '').replace(/[^\w.-]/g, '_');
                    if (name) {
                        await target.screenshot({ path: path.join(OUTPUT, `${name}.png`) });
                        say(`screenshot: ${path.relative(REPO, path.join(OUTPUT, `${name}.png`))}`);
                    }
                    await target.keyboard.press('Escape');
                    response.end(JSON.stringify(rows));
                } else {
                    response.statusCode = 404;
                    response.end();
                }
            } catch (error) {
                response.statusCode = 500;
                response.end(String(error));
            }
        });
        server.listen(0, '127.0.0.1', () => resolve(server));
    });
}

async function main() {
    const options = parseArguments(process.argv.slice(2));
    if (options.developmentPaths.length === 0 || !options.testsPath) {
        fail('usage: code-server-launcher.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]');
    }
    if (!existsSync(SERVER_MAIN)) {
        fail(`VS Code (code-server) is not installed at ${path.relative(REPO, CODE_SERVER)}; run scripts/install-code-server.sh`);
    }
    if (!existsSync(NODE24)) {
        fail(`${path.relative(REPO, NODE24)} is missing; run npm install`);
    }
    if (!existsSync(CHROMIUM)) {
        fail(`${CHROMIUM} is missing; run scripts/ensure-debian-package.sh chromium chromium`);
    }
    mkdirSync(OUTPUT, { recursive: true });
    const scratch = mkdtempSync(path.join(tmpdir(), 'zelfscan-vscode-'));
    mkdirSync(path.join(scratch, 'home'), { recursive: true });
    // No welcome page, no update or telemetry chatter: the workbench shows only what the tests open.
    mkdirSync(path.join(scratch, 'user-data/User'), { recursive: true });
    writeFileSync(path.join(scratch, 'user-data/User/settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
        'workbench.tips.enabled': false, 'extensions.autoCheckUpdates': false,
        // Restricted Mode without the startup dialog: the folder simply opens untrusted.
        'security.workspace.trust.enabled': RESTRICTED, 'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'always',
        'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
        // VS Code in a browser saves after a delay by default; the desktop VS Code does not. Tests that edit and then
        // revert need the desktop behaviour, or a slow machine saves their edits before the revert.
        'files.autoSave': 'off'
    }, null, 2));

    const { chromium } = await import('playwright-core');
    const page = { current: undefined };
    const control = await startControlServer(page);
    const controlUrl = `http://127.0.0.1:${control.address().port}`;

    const port = await freePort();
    say(`starting the VS Code server (code-server) on 127.0.0.1:${port}`);
    const server = await startVsCodeServer(port, scratch, { ...process.env, ZELFSCAN_TEST_CONTROL: controlUrl });
    const stopServer = () => {
        try {
            process.kill(-server.pid, 'SIGTERM');
        } catch {
            // already gone
        }
    };
    process.on('exit', stopServer);

    const remote = file => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
        ...options.developmentPaths.map(dir => ['extensionDevelopmentPath', remote(dir)]),
        ['extensionTestsPath', remote(options.testsPath)]
    ];
    const query = new URLSearchParams();
    if (options.folder) {
        query.set('folder', options.folder);
    }
    if (options.file) {
        payload.push(['openFile', remote(options.file)]);
    }
    query.set('payload', JSON.stringify(payload));
    const url = `http://127.0.0.1:${port}/?${query}`;

    say(`opening the workbench in ${CHROMIUM}`);
    const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run']
    });
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const tab = await context.newPage();
    page.current = tab;
    const exit = new Promise(resolve => {
        void tab.exposeFunction('codeAutomationExit', code => resolve(typeof code === 'number' ? code : 1));
    });
    tab.on('pageerror', error => say(`page error: ${error.message}`));
    const timeout = new Promise(resolve => setTimeout(() => {
        say(`the tests did not finish within ${RUN_LIMIT_MS / 1000} s`);
        resolve(1);
    }, RUN_LIMIT_MS).unref());
    // A busy machine can take more than the default 30 s to serve the workbench.
    page.openedAt = Date.now();
    await tab.goto(url, { timeout: 180_000 });
    const code = await Promise.race([exit, timeout]);
    say(`the workbench reported exit code ${code}`);
    // The logs of the workbench, the extension host and the extension's output channel, for a failed run.
    const logs = path.join(scratch, 'user-data/logs');
    if (existsSync(logs)) {
        rmSync(path.join(OUTPUT, 'logs'), { recursive: true, force: true });
        cpSync(logs, path.join(OUTPUT, 'logs'), { recursive: true });
        say(`logs: ${path.relative(REPO, path.join(OUTPUT, 'logs'))} (the extension's output channel is exthost*/zelfscan.zelfscan/Zelfscan.log)`);
    }
    await browser.close().catch(() => undefined);
    control.close();
    stopServer();
    rmSync(scratch, { recursive: true, force: true });
    process.exit(code);
}

main().catch(error => fail(error instanceof Error ? error.stack ?? error.message : String(error)));
