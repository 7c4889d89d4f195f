import { html, type SafeHtml } from '../../html.js';

/**
 * The HTML frame shared by every language: a single column, inline styles (mail clients drop
 * style sheets), and a button that is a plain link so it works without images or scripts.
 */
export function mailLayout(lang: string, title: string, body: SafeHtml): SafeHtml {
  return html`<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2328;">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;">
${body}
</div>
</body>
</html>`;
}

/** A link styled as a button, with the address repeated as text for clients that hide links. */
export function mailButton(href: string, label: string): SafeHtml {
  return html`<p style="margin:24px 0;"><a href="${href}" style="display:inline-block;background:#2463eb;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold;">${label}</a></p>
<p style="font-size:13px;color:#57606a;word-break:break-all;">${href}</p>`;
}
