import type { Brand } from '../../domain/brand/brand.js';
import { html, type SafeHtml } from '../../html.js';
import type { MessagePart, Translator } from '../../i18n/index.js';

/** A rendered message: subject, plain-text part, HTML part, and the headers it must carry. */
export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: SafeHtml;
  /** Extra headers (List-Unsubscribe on notices); empty for transactional mail. */
  readonly headers: Readonly<Record<string, string>>;
}

/** Where a mail's absolute links point: mail clients have no page to resolve a path against. */
export interface MailLinks {
  /** `<scheme>://<portal host>[:port]`: the brand's logo is fetched from there. */
  readonly origin: string;
  /** The signed one-click unsubscribe link; only notices have one. */
  readonly unsubscribe?: string | undefined;
}

/** How one mail reads: every text already in the reader's language. */
export interface MailContent {
  readonly subject: string;
  readonly heading: string;
  /** The owner's first name, for the greeting. */
  readonly firstName: string;
  /** Paragraphs; parts named `portal` or `plan` are shown in bold in the HTML part. */
  readonly paragraphs: readonly (readonly MessagePart[])[];
  /** The call to action, a link shown as a button. */
  readonly button?: { readonly href: string; readonly label: string } | undefined;
  /** Paragraphs after the button (validity, "ignore this"), in a quieter colour. */
  readonly after?: readonly string[];
  readonly portalDomain: string;
}

/**
 * Frames a mail in the brand: the logo (an absolute URL with its alt text) or the product's name
 * on top, the heading and greeting, the body, a button in the brand's colour with the address
 * repeated for clients that hide links, and a footer (why the owner receives it, support, the
 * legal text, the unsubscribe link of a notice). One column, inline styles (mail clients drop
 * style sheets), a width that shrinks to the screen and long words that wrap, so it reads on a
 * phone. The text part says the same in the same order.
 */
export function frameMail(t: Translator, brand: Brand, links: MailLinks, content: MailContent): RenderedMail {
  const color = brand.primaryColor;
  const greeting = t.t('mail.greeting', { name: content.firstName });
  const footer = footerLines(t, brand, content.portalDomain);
  const unsubscribe = links.unsubscribe;

  const text = [
    greeting,
    '',
    ...content.paragraphs.flatMap((parts) => [plain(parts), '']),
    ...(content.button === undefined ? [] : [content.button.href, '']),
    ...(content.after ?? []).flatMap((line) => [line, '']),
    '-- ',
    ...footer,
    ...(unsubscribe === undefined ? [] : ['', t.t('mail.unsubscribe.text'), unsubscribe]),
  ].join('\n');

  const logo =
    brand.logo === null
      ? html`<p style="margin:0 0 24px;font-size:18px;font-weight:bold;color:${color};">${brand.productName}</p>`
      : html`<p style="margin:0 0 24px;"><img src="${links.origin + brand.logo.path}" alt="${brand.logo.alt}" height="40" style="height:40px;max-width:100%;border:0;"></p>`;
  const button =
    content.button === undefined
      ? html``
      : html`<p style="margin:24px 0;"><a href="${content.button.href}" style="display:inline-block;background:${color};color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold;max-width:100%;">${content.button.label}</a></p>
<p style="font-size:13px;color:#57606a;">${t.t('mail.linkFallback')}<br><a href="${content.button.href}" style="color:${color};word-break:break-all;overflow-wrap:anywhere;">${content.button.href}</a></p>`;
  const body = html`${logo}<h1 style="font-size:22px;margin:0 0 16px;">${content.heading}</h1>
<p>${greeting}</p>
${content.paragraphs.map((parts) => html`<p>${marked(parts)}</p>`)}
${button}
${(content.after ?? []).map((line) => html`<p style="color:#57606a;">${line}</p>`)}
<hr style="border:0;border-top:1px solid #d0d7de;margin:24px 0 16px;">
${footer.map((line) => html`<p style="font-size:12px;color:#57606a;margin:4px 0;">${line}</p>`)}
${
  unsubscribe === undefined
    ? ''
    : html`<p style="font-size:12px;margin:8px 0 0;"><a href="${unsubscribe}" style="color:${color};">${t.t('mail.unsubscribe.link')}</a></p>`
}`;

  const page = html`<!DOCTYPE html>
<html lang="${t.language}" dir="${t.direction}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${content.subject}</title></head>
<body style="margin:0;padding:16px 8px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2328;line-height:1.5;">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px;overflow-wrap:break-word;word-wrap:break-word;">
${body}
</div>
</body>
</html>`;
  return { subject: content.subject, text, html: page, headers: {} };
}

/** The footer's lines: why this mail came, support, and the provider's legal text. */
function footerLines(t: Translator, brand: Brand, portal: string): readonly string[] {
  const lines = [t.t('mail.footer', { portal })];
  if (brand.supportEmail !== null) lines.push(t.t('chrome.contactSupport', { email: brand.supportEmail }));
  if (brand.supportUrl !== null) lines.push(`${t.t('chrome.support')}: ${brand.supportUrl}`);
  lines.push(t.t('chrome.poweredBy', { product: brand.productName }));
  if (brand.legalFooter !== null) lines.push(brand.legalFooter);
  return lines;
}

function plain(parts: readonly MessagePart[]): string {
  return parts.map((part) => ('text' in part ? part.text : part.value)).join('');
}

/** The portal's host name and the plan stand out; other values read as text. */
function marked(parts: readonly MessagePart[]): SafeHtml {
  return html`${parts.map((part) =>
    'text' in part ? part.text : BOLD.has(part.name) ? html`<strong>${part.value}</strong>` : part.value,
  )}`;
}

const BOLD: ReadonlySet<string> = new Set(['portal', 'plan']);
