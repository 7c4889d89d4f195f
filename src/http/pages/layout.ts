import { html, type SafeHtml } from '../../html.js';
import { PORTAL_STYLESHEET } from './style.js';

/** A whole page: language, title (also the one h1 the page starts with), and the body. */
export function page(title: string, body: SafeHtml): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="${PORTAL_STYLESHEET.href}">
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`.value;
}

/** A message box announced to screen readers: errors as alerts, notices as status. */
export function messageBox(kind: 'error' | 'notice', text: string | undefined): SafeHtml {
  if (text === undefined) return html``;
  return kind === 'error'
    ? html`<p class="error" role="alert">${text}</p>`
    : html`<p class="notice" role="status">${text}</p>`;
}
