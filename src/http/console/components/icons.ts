import { html, type SafeHtml } from '../../../html.js';

/** The names of the console's icons. */
export type IconName =
  | 'logo'
  | 'overview'
  | 'portals'
  | 'clients'
  | 'webhooks'
  | 'audit'
  | 'settings'
  | 'branding'
  | 'signout'
  | 'warning'
  | 'check'
  | 'info'
  | 'empty'
  | 'key'
  | 'link';

/**
 * A 20×20 line icon drawn inline (no icon font, no request), hidden from assistive technology:
 * every icon sits beside text that says the same.
 */
export function icon(name: IconName, className = ''): SafeHtml {
  return html`<svg class="icon${className === '' ? '' : ` ${className}`}" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">${PATHS[name]}</svg>`;
}

// Simple geometric shapes drawn for this console: stroke colour comes from CSS (currentColor).
const PATHS: Readonly<Record<IconName, SafeHtml>> = {
  logo: html`<rect x="2" y="2" width="16" height="16" rx="4" class="icon-fill"/><path d="M6 13.5V6.5M14 13.5V6.5M6 10h8" class="icon-on-fill"/>`,
  overview: html`<rect x="3" y="3" width="6" height="6" rx="1.5"/><rect x="11" y="3" width="6" height="6" rx="1.5"/><rect x="3" y="11" width="6" height="6" rx="1.5"/><rect x="11" y="11" width="6" height="6" rx="1.5"/>`,
  portals: html`<rect x="2.5" y="4" width="15" height="12" rx="2"/><path d="M2.5 8h15M5.5 6h.01M8 6h.01"/>`,
  clients: html`<circle cx="7.5" cy="7" r="3"/><path d="M2.5 16c.6-2.6 2.6-4 5-4s4.4 1.4 5 4"/><path d="M13 4.5a2.6 2.6 0 0 1 0 5M15 12.3c1.3.6 2.2 1.9 2.5 3.7"/>`,
  webhooks: html`<path d="M8 5.5a3 3 0 1 1 4.3 2.7L10 12"/><circle cx="10" cy="12.5" r=".6"/><path d="M6.5 15.5a3 3 0 1 1-.6-5.9M14 15.5h-4"/><circle cx="15.5" cy="15.5" r="1.5"/>`,
  audit: html`<path d="M5 2.5h7l3 3v12H5z"/><path d="M12 2.5v3h3M7.5 9h5M7.5 12h5M7.5 15h3"/>`,
  settings: html`<circle cx="10" cy="10" r="2.5"/><path d="M10 2.5v2M10 15.5v2M2.5 10h2M15.5 10h2M4.7 4.7l1.4 1.4M13.9 13.9l1.4 1.4M4.7 15.3l1.4-1.4M13.9 6.1l1.4-1.4"/>`,
  branding: html`<path d="M10 2.5a7.5 7.5 0 1 0 0 15c1 0 1.5-.6 1.5-1.4 0-1.2-1-1.6-1-2.6s.8-1.5 1.8-1.5h1.7a3.5 3.5 0 0 0 3.5-3.5c0-3.3-3.4-6-7.5-6z"/><circle cx="6.5" cy="9" r=".8"/><circle cx="9.5" cy="6" r=".8"/><circle cx="13" cy="7.5" r=".8"/>`,
  signout: html`<path d="M8 3.5H4.5v13H8M12 6.5 15.5 10 12 13.5M15.5 10H8"/>`,
  warning: html`<path d="M10 3 18 17H2z"/><path d="M10 8.5v3.5M10 14.5h.01"/>`,
  check: html`<circle cx="10" cy="10" r="7.5"/><path d="m6.8 10.2 2.2 2.2 4.2-4.6"/>`,
  info: html`<circle cx="10" cy="10" r="7.5"/><path d="M10 9v5M10 6.2h.01"/>`,
  empty: html`<path d="M3 11.5 5.5 4h9l2.5 7.5v4.5H3z"/><path d="M3 11.5h4l1 2h4l1-2h4"/>`,
  key: html`<circle cx="7" cy="13" r="3.5"/><path d="M9.5 10.5 16 4M13.5 6.5l2 2M12 8l1.5 1.5"/>`,
  link: html`<path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-1 1"/><path d="M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l1-1"/>`,
};
