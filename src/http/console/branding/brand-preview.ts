import { createHash } from 'node:crypto';
import type { Brand } from '../../../domain/brand/brand.js';
import { html, type SafeHtml } from '../../../html.js';

/**
 * A server-rendered preview of a brand: a portal's sign-in card and the top of an owner's mail,
 * drawn with the brand's name, logo, colour, support links and footer. The colour reaches the
 * page through one inline `<style>` whose hash the page's CSP allows (styleHash), never through
 * 'unsafe-inline' or a style attribute.
 */
export interface BrandPreview {
  readonly body: SafeHtml;
  /** SHA-256 (base64) of the inline style block, for the page's CSP. */
  readonly styleHash: string;
}

/** The preview of `brand`; `logoSrc` overrides the logo's address (an upload not saved yet, as a data URL). */
export function brandPreview(brand: Brand, logoSrc?: string): BrandPreview {
  // The colour was checked (#rrggbb) before it became a Brand: nothing else can reach the style.
  const css = `.brand-preview{--brand-primary:${/^#[0-9a-f]{6}$/i.test(brand.primaryColor) ? brand.primaryColor : '#1d5fb4'}}`;
  const src = logoSrc ?? brand.logo?.path;
  const mark =
    src === undefined
      ? html`<span class="preview-product">${brand.productName}</span>`
      : html`<img class="preview-logo" src="${src}" alt="${brand.productName}">`;
  const support = supportLine(brand);
  const legal = brand.legalFooter === null ? html`` : html`<p class="preview-legal">${brand.legalFooter}</p>`;
  const from =
    brand.mailFrom === null
      ? html`<span class="preview-muted">the server's MAIL_FROM</span>`
      : html`${brand.mailFrom.name} &lt;${brand.mailFrom.address}&gt;`;
  return {
    styleHash: createHash('sha256').update(css, 'utf8').digest('base64'),
    body: html`<style>${css}</style>
<div class="brand-preview">
<figure class="preview-frame">
<figcaption class="preview-caption">Portal sign-in page</figcaption>
<div class="preview-card">
<div class="preview-mark">${mark}</div>
<p class="preview-title">Sign in to ${brand.productName}</p>
<span class="preview-input">E-mail</span>
<span class="preview-input">Password</span>
<span class="preview-button">Sign in</span>
<p class="preview-link">Forgot your password?</p>
${support}
${legal}
</div>
</figure>
<figure class="preview-frame">
<figcaption class="preview-caption">Mail to a portal's owner</figcaption>
<div class="preview-mail">
<dl class="preview-mail-meta"><dt>From</dt><dd>${from}</dd><dt>Subject</dt><dd>Activate your ${brand.productName} portal</dd></dl>
<div class="preview-mail-banner">${mark}</div>
<p>Hello Ada, your portal is ready. Activate it to sign in.</p>
<span class="preview-button">Activate the portal</span>
${support}
${legal}
</div>
</figure>
</div>`,
  };
}

function supportLine(brand: Brand): SafeHtml {
  const parts = [brand.supportEmail, brand.supportUrl].filter((p): p is string => p !== null);
  return parts.length === 0
    ? html``
    : html`<p class="preview-support">Need help? ${parts.map((p, i) => html`${i > 0 ? ' · ' : ''}<span class="preview-link">${p}</span>`)}</p>`;
}
