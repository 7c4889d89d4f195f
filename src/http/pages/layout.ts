import { html, type SafeHtml } from '../../html.js';
import { languageList } from '../../i18n/index.js';
import { withLanguage, type PageChrome } from './page-chrome.js';
import { brandStylesheetHref, PORTAL_STYLESHEET } from '../web/stylesheets.js';

/**
 * A whole page in the reader's language and the portal's brand: `<html lang dir>` from the
 * translator, the brand's logo (with its alt text) or name on top, the title (also the one h1 the
 * page starts with), the body, and a footer with the language links, support, "Powered by" and
 * the provider's legal text.
 */
export function page(chrome: PageChrome, title: string, body: SafeHtml): string {
  const { t, brand } = chrome;
  const logo =
    brand.logo === null
      ? html`<p class="product">${brand.productName}</p>`
      : html`<img class="logo" src="${brand.logo.path}" alt="${brand.logo.alt}">`;
  return html`<!DOCTYPE html>
<html lang="${t.language}" dir="${t.direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.t('chrome.title', { page: title, product: brand.productName })}</title>
<link rel="stylesheet" href="${(chrome.assetBase ?? '') + PORTAL_STYLESHEET.href}">
<link rel="stylesheet" href="${(chrome.assetBase ?? '') + brandStylesheetHref(brand.primaryColor)}">
</head>
<body>
<header class="brand">${logo}</header>
<main>
<h1>${title}</h1>
${body}
</main>
<footer>
${languageLinks(chrome)}
${support(chrome)}
<p>${t.t('chrome.poweredBy', { product: brand.productName })}</p>
${brand.legalFooter === null ? '' : html`<p class="legal">${brand.legalFooter}</p>`}
</footer>
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

/**
 * The language switcher: plain links (`?lang=`), each language named in itself with its own
 * `lang` and `dir`, the current one marked. Links, not a form: a GET needs no CSRF token and
 * works without scripts.
 */
function languageLinks(chrome: PageChrome): SafeHtml {
  const current = chrome.t.language;
  return html`<nav class="languages" aria-label="${chrome.t.t('chrome.language')}"><ul>
${languageList().map((l) =>
  l.tag === current
    ? html`<li><span lang="${l.tag}" dir="${l.direction}" aria-current="true">${l.name}</span></li>`
    : html`<li><a href="${withLanguage(chrome.here, l.tag)}" hreflang="${l.tag}" lang="${l.tag}" dir="${l.direction}">${l.name}</a></li>`,
)}
</ul></nav>`;
}

function support({ t, brand }: PageChrome): SafeHtml {
  const lines: SafeHtml[] = [];
  if (brand.supportEmail !== null)
    lines.push(
      html`<p>${linked(t.parts('chrome.contactSupport', { email: brand.supportEmail }), `mailto:${brand.supportEmail}`)}</p>`,
    );
  // Only web addresses become links: a brand's URL is data, and a javascript: link is a script.
  if (brand.supportUrl !== null && /^https?:\/\//i.test(brand.supportUrl))
    lines.push(html`<p><a href="${brand.supportUrl}">${t.t('chrome.support')}</a></p>`);
  return html`${lines}`;
}

/** A message whose one value becomes a link. */
function linked(parts: ReturnType<PageChrome['t']['parts']>, href: string): SafeHtml {
  return html`${parts.map((part) => ('text' in part ? part.text : html`<a href="${href}">${part.value}</a>`))}`;
}
