import { html, type SafeHtml } from '../../../html.js';
import { CONSOLE_STYLESHEET } from './console-css.js';
import { icon, type IconName } from './icons.js';
import { postForm } from './post-form.js';
import { safeHref } from './safe-href.js';

/** The console's sections, in the order the navigation lists them. */
export const CONSOLE_SECTIONS = [
  'overview',
  'portals',
  'clients',
  'webhooks',
  'audit',
  'branding',
  'settings',
] as const;

/** One section of the console. */
export type ConsoleSection = (typeof CONSOLE_SECTIONS)[number];

/**
 * The link of every section that is built and enabled; a section without a link is left out of
 * the navigation (a feature that is not built yet simply does not show).
 */
export type ConsoleNav = Readonly<Partial<Record<ConsoleSection, string>>>;

/** A one-time message shown at the top of the next page (after a redirect). */
export interface FlashMessage {
  readonly kind: 'success' | 'error' | 'info';
  readonly text: string;
}

/** What every signed-in page shows around its content. */
export interface ConsoleChrome {
  readonly productName: string;
  /** The signed-in operator account. */
  readonly operatorEmail: string;
  /** The session's CSRF token, put into every form as `_csrf`. */
  readonly csrfToken: string;
  readonly nav: ConsoleNav;
  /** The section the page belongs to (marked `aria-current` in the navigation). */
  readonly current: ConsoleSection | null;
  /** Where the product name links to (the overview). */
  readonly homeHref: string;
  /** The sign-out form's action (POST). */
  readonly signOutAction: string;
  readonly flash: readonly FlashMessage[];
}

/** The content of one page inside the console's frame. */
export interface ConsolePageContent {
  /** The page's name, used in the document title. */
  readonly title: string;
  readonly body: SafeHtml;
}

/**
 * A whole signed-in console page: skip link, header with the product, the operator and sign-out,
 * the navigation of the enabled sections, flash messages, then the page's content.
 */
export function consoleLayout(chrome: ConsoleChrome, content: ConsolePageContent): string {
  return document(
    `${content.title} · ${chrome.productName}`,
    html`<a class="skip-link" href="#main">Skip to main content</a>
<div class="shell">
<header class="topbar">
<a class="brand" href="${safeHref(chrome.homeHref)}">${icon('logo', 'brand-mark')}<span>${chrome.productName}</span><span class="brand-tag">Console</span></a>
<div class="account">
<span class="account-email" title="Signed in as ${chrome.operatorEmail}"><span class="visually-hidden">Signed in as </span>${chrome.operatorEmail}</span>
${postForm({
  action: chrome.signOutAction,
  csrfToken: chrome.csrfToken,
  className: 'signout-form',
  body: html`<button type="submit" class="button button-quiet button-small">${icon('signout')}<span>Sign out</span></button>`,
})}
</div>
</header>
${navigation(chrome)}
<main id="main" class="main" tabindex="-1">
${flashMessages(chrome.flash)}
${content.body}
</main>
</div>`,
  );
}

/** A page outside the signed-in frame (sign-in, errors before sign-in): centred, no navigation. */
export function standaloneLayout(productName: string, title: string, body: SafeHtml): string {
  return document(
    `${title} · ${productName}`,
    html`<a class="skip-link" href="#main">Skip to main content</a>
<main id="main" class="standalone" tabindex="-1">
<p class="brand brand-standalone">${icon('logo', 'brand-mark')}<span>${productName}</span><span class="brand-tag">Console</span></p>
${body}
</main>`,
  );
}

/** The flash messages: successes and notes as a status, errors as an alert. */
export function flashMessages(messages: readonly FlashMessage[]): SafeHtml {
  if (messages.length === 0) return html``;
  return html`<div class="flashes">${messages.map(
    (m) =>
      html`<div class="flash flash-${m.kind}" role="${m.kind === 'error' ? 'alert' : 'status'}">${icon(FLASH_ICONS[m.kind])}<p>${m.text}</p></div>`,
  )}</div>`;
}

const SECTION_LABELS: Readonly<Record<ConsoleSection, string>> = {
  overview: 'Overview',
  portals: 'Portals',
  clients: 'Clients',
  webhooks: 'Webhooks',
  audit: 'Audit log',
  branding: 'Branding',
  settings: 'Settings',
};

const FLASH_ICONS: Readonly<Record<FlashMessage['kind'], IconName>> = {
  success: 'check',
  error: 'warning',
  info: 'info',
};

function navigation(chrome: ConsoleChrome): SafeHtml {
  const items = CONSOLE_SECTIONS.flatMap((section) => {
    const href = chrome.nav[section];
    if (href === undefined) return [];
    const current = section === chrome.current;
    return [
      html`<li><a href="${safeHref(href)}"${current ? html` aria-current="page"` : html``}>${icon(section)}<span>${SECTION_LABELS[section]}</span></a></li>`,
    ];
  });
  return html`<nav class="sidenav" aria-label="Console sections"><ul>${items}</ul></nav>`;
}

function document(title: string, body: SafeHtml): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${CONSOLE_STYLESHEET.href}">
</head>
<body>
${body}
</body>
</html>
`.value;
}
