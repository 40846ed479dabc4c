/**
 * The page around a report in the preview webview. The report's own head (with its own CSP) is not used:
 * this page carries the webview's CSP, the report's stylesheet under a nonce, and a small script that swaps in
 * new report bodies, so the preview keeps its scroll position while the user types.
 */
export interface WebviewPageParts {
    readonly cspSource: string;
    readonly nonce: string;
    readonly style: string;
    readonly language: string;
    readonly title: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `style-src 'nonce-${nonce}' ${cspSource}`,
        `img-src ${cspSource} data:`,
        `script-src 'nonce-${nonce}'`
    ].join('; ');
}

export function webviewPage(parts: WebviewPageParts): string {
    const { nonce } = parts;
    // `</` cannot close the style element early: the stylesheet is the renderer's own, but be strict anyway.
    const style = parts.style.replace(/<\//g, '<\\/');
    return `<!DOCTYPE html>
<html lang="${escapeAttribute(parts.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(parts.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(parts.title)}</title>
<style nonce="${nonce}">${style}</style>
<style nonce="${nonce}">
.zelfscan-melding { display: none; margin: 0 0 1em; padding: .5em .75em; border-left: 4px solid var(--vscode-editorWarning-foreground, #b58900);
  background: var(--vscode-editorWidget-background, #f6f6f6); color: var(--vscode-editorWidget-foreground, inherit); font-family: var(--vscode-font-family, sans-serif); }
.zelfscan-melding.zichtbaar { display: block; }
</style>
</head>
<body>
<div class="zelfscan-melding" id="zelfscan-melding" role="status" aria-live="polite"></div>
<div id="zelfscan-rapport"></div>
<script nonce="${nonce}">${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

/** Runs in the webview. It trusts only messages of the two known shapes; anything else is ignored. */
const PAGE_SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  const report = document.getElementById('zelfscan-rapport');
  const notice = document.getElementById('zelfscan-melding');
  window.addEventListener('message', event => {
    const message = event.data;
    if (!message || typeof message !== 'object' || typeof message.version !== 'number') { return; }
    if (message.type === 'rapport' && typeof message.body === 'string') {
      report.innerHTML = message.body;
      notice.replaceChildren();
      const problems = message.problems;
      if (problems && typeof problems.title === 'string' && Array.isArray(problems.lines)) {
        const title = document.createElement('strong');
        title.textContent = problems.title;
        const list = document.createElement('ul');
        for (const line of problems.lines) {
          const item = document.createElement('li');
          item.textContent = String(line);
          list.append(item);
        }
        notice.append(title, list);
        notice.classList.add('zichtbaar');
      } else {
        notice.classList.remove('zichtbaar');
      }
    } else if (message.type === 'melding' && typeof message.message === 'string') {
      notice.textContent = message.message;
      notice.classList.add('zichtbaar');
      if (message.clear === true) { report.replaceChildren(); }
    } else {
      return;
    }
    vscode.postMessage({ type: 'weergegeven', version: message.version });
  });
  vscode.postMessage({ type: 'gereed' });
})();`;

function escapeText(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
    return escapeText(text).replace(/"/g, '&quot;');
}
