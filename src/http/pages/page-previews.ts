import type { Brand } from '../../domain/brand/brand.js';
import type { PasswordRules } from '../../domain/owner/password.js';
import { RESET_LINK_TTL_MINUTES } from '../../domain/portal/portal-urls.js';
import type { Translator } from '../../i18n/index.js';
import type { PageChrome } from './page-chrome.js';
import { confirmPage, forgotPage, messagePage, signinPage, unsubscribePage } from './views.js';

/**
 * The owner's pages with sample data, for the operator to look at in any language and brand (the
 * console's previews and `hosted-api preview page`): the same views the portal host serves.
 */
export const PAGE_KINDS = [
  'signin',
  'activation',
  'reset',
  'forgot',
  'forgotSent',
  'linkExpired',
  'portalNotFound',
  'suspended',
  'unsubscribe',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Whether `kind` names one of the previewable pages. */
export function isPageKind(kind: string): kind is PageKind {
  return (PAGE_KINDS as readonly string[]).includes(kind);
}

/** The sample portal the previews show. */
const PORTAL = 'acme-docs.portals.example.com';

/**
 * The page of `kind` as an owner of the sample portal would see it, under the password policy
 * `rules`; its style sheets are linked under `assetBase` (where the preview serves them).
 */
export function previewPage(kind: PageKind, t: Translator, brand: Brand, rules: PasswordRules, assetBase = ''): string {
  const chrome: PageChrome = { t, brand, here: `/${kind}`, assetBase };
  const confirm = {
    portalDomain: PORTAL,
    email: 'ada@example.com',
    type: 'Auth',
    linkKey: 'sample',
    csrf: 'sample',
    rules,
  };
  switch (kind) {
    case 'signin':
      return signinPage(chrome, { portalDomain: PORTAL, csrf: 'sample' });
    case 'activation':
      return confirmPage(chrome, { ...confirm, askPassword: true });
    case 'reset':
      return confirmPage(chrome, { ...confirm, type: 'Reset', askPassword: true, reset: true });
    case 'forgot':
      return forgotPage(chrome, { portalDomain: PORTAL, csrf: 'sample', validMinutes: RESET_LINK_TTL_MINUTES });
    case 'forgotSent':
      return forgotPage(chrome, { portalDomain: PORTAL, csrf: '', sent: true, validMinutes: RESET_LINK_TTL_MINUTES });
    case 'linkExpired':
      return messagePage(chrome, t.t('link.expired.title'), t.t('link.expired.text'), {
        href: '/signin',
        label: t.t('link.toSignin'),
      });
    case 'portalNotFound':
      return messagePage(chrome, t.t('error.portalNotFound.title'), t.t('error.portalNotFound.text', { host: PORTAL }));
    case 'suspended':
      return messagePage(chrome, t.t('error.suspended.title'), t.t('error.suspended.text'));
    case 'unsubscribe':
      return unsubscribePage(chrome, { portalDomain: PORTAL, action: '/unsubscribe', done: false });
  }
}
