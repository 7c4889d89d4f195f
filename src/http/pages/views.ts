import { html, type SafeHtml } from '../../html.js';
import type { PortalOverview } from '../../domain/owner/portal-overview.js';
import type { PasswordBreach, PasswordRules } from '../../domain/owner/password.js';
import { TariffState, type TariffStateValue } from '../../domain/tariff/tariff.js';
import {
  formatBytes,
  formatDate,
  formatList,
  formatNumber,
  knownTimeZone,
  type MessageKey,
  type Translator,
} from '../../i18n/index.js';
import type { TenantStatus } from '../../store/records.js';
import { messageBox, page } from './layout.js';
import type { PageChrome } from './page-chrome.js';

/** The field name every form carries its CSRF token in. */
export const CSRF_FIELD = 'csrf';

/** What the activation form needs to post the link back. */
export interface ConfirmFormView {
  readonly portalDomain: string;
  readonly email: string;
  readonly type: string;
  readonly linkKey: string;
  readonly csrf: string;
  /** True: ask for a new password; false: the owner has one, one button activates. */
  readonly askPassword: boolean;
  readonly rules: PasswordRules;
  readonly error?: string | undefined;
  /** A reset link chooses a new password; an activation link activates (setting one if none). */
  readonly reset?: boolean;
}

/** The activation page (set a password when none was given, and activate), or the password-reset page. */
export function confirmPage(c: PageChrome, v: ConfirmFormView): string {
  const { t } = c;
  const passwordFields = v.askPassword
    ? html`<label for="password">${t.t('password.new')}</label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="${v.rules.min}" maxlength="${v.rules.max}" aria-describedby="password-rules">
<p class="hint" id="password-rules">${passwordRulesText(t, v.rules)}</p>
<label for="password-again">${t.t('password.repeat')}</label>
<input id="password-again" name="passwordAgain" type="password" autocomplete="new-password" required>`
    : html`<p>${t.t('activation.passwordSet')}</p>`;
  return page(
    c,
    v.reset === true ? t.t('reset.title') : t.t('activation.title'),
    html`${portalLine(t, v.portalDomain)}
${messageBox('error', v.error)}
<form method="post" action="/confirm">
<input type="hidden" name="${CSRF_FIELD}" value="${v.csrf}">
<input type="hidden" name="type" value="${v.type}">
<input type="hidden" name="key" value="${v.linkKey}">
<label for="email">${t.t('field.email')}</label>
<input id="email" name="email" type="email" autocomplete="username" value="${v.email}" readonly>
${passwordFields}
<button type="submit">${v.reset === true ? t.t('reset.submit') : t.t('activation.submit')}</button>
</form>`,
  );
}

/** The sign-in page of a portal. */
export function signinPage(
  c: PageChrome,
  v: {
    readonly portalDomain: string;
    readonly csrf: string;
    readonly email?: string;
    readonly error?: string;
    readonly notice?: string;
  },
): string {
  const { t } = c;
  return page(
    c,
    t.t('signin.title'),
    html`${portalLine(t, v.portalDomain)}
${messageBox('error', v.error)}
${messageBox('notice', v.notice)}
<form method="post" action="/signin">
<input type="hidden" name="${CSRF_FIELD}" value="${v.csrf}">
<label for="email">${t.t('field.email')}</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${v.email ?? ''}">
<label for="password">${t.t('field.password')}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<p class="hint"><a href="/forgot">${t.t('signin.forgot')}</a></p>
<button type="submit">${t.t('signin.submit')}</button>
</form>`,
  );
}

/** The signed-in owner's home: the portal's details and plan, and sign-out. */
export function homePage(c: PageChrome, o: PortalOverview, signoutCsrf: string, notice: string | undefined): string {
  const { t } = c;
  const plan = o.tariff;
  const zone = o.tenant.timeZoneName;
  const day = (date: Date) => formatDate(t.locale, date, knownTimeZone(zone));
  return page(
    c,
    o.tenant.name,
    html`${messageBox('notice', notice)}
<p>${bold(t, t.parts('home.signedInAs', { name: `${o.owner.firstName} ${o.owner.lastName}`, email: o.owner.email }), 'name')}</p>
<h2>${t.t('home.portal')}</h2>
<dl>
<dt>${t.t('home.address')}</dt><dd>${o.tenant.domain}</dd>
<dt>${t.t('home.name')}</dt><dd>${o.tenant.alias}</dd>
<dt>${t.t('home.status')}</dt><dd>${t.t(STATUS_KEYS[o.tenant.status])}</dd>
<dt>${t.t('home.created')}</dt><dd>${day(o.tenant.created)}</dd>
<dt>${t.t('chrome.language')}</dt><dd>${t.t('language.name')}</dd>
<dt>${t.t('home.timeZone')}</dt><dd>${zone}</dd>
</dl>
<h2>${t.t('home.subscription')}</h2>
${
  plan === undefined
    ? html`<p>${t.t('home.noPlan')}</p>`
    : html`<dl>
<dt>${t.t('home.plan')}</dt><dd>${plan.plan}</dd>
<dt>${t.t('home.state')}</dt><dd>${stateName(t, o.tariffState)}</dd>
<dt>${t.t('home.users')}</dt><dd>${formatNumber(t.locale, plan.activeUsers)}</dd>
<dt>${t.t('home.maxFileSize')}</dt><dd>${formatBytes(t.locale, plan.maxFileSize)}</dd>
<dt>${t.t('home.storage')}</dt><dd>${formatBytes(t.locale, plan.maxTotalSize)}</dd>
<dt>${t.t('home.paidUntil')}</dt><dd>${plan.dueDate === null ? t.t('home.noEndDate') : day(plan.dueDate)}</dd>
${plan.features === '' ? '' : html`<dt>${t.t('home.features')}</dt><dd>${plan.features}</dd>`}
</dl>`
}
<form method="post" action="/signout">
<input type="hidden" name="${CSRF_FIELD}" value="${signoutCsrf}">
<button type="submit" class="secondary">${t.t('home.signOut')}</button>
</form>`,
  );
}

/** "Forgot password?": the owner's e-mail, and a reset link by mail. */
export function forgotPage(
  c: PageChrome,
  v: {
    readonly portalDomain: string;
    readonly csrf: string;
    readonly sent?: boolean;
    /** How long a reset link works, for the "on its way" notice. */
    readonly validMinutes: number;
  },
): string {
  const { t } = c;
  const form = html`<form method="post" action="/forgot">
<input type="hidden" name="${CSRF_FIELD}" value="${v.csrf}">
<label for="email">${t.t('field.email')}</label>
<input id="email" name="email" type="email" autocomplete="username" required>
<button type="submit">${t.t('forgot.submit')}</button>
</form>`;
  return page(
    c,
    t.t('forgot.title'),
    html`${portalLine(t, v.portalDomain)}
${
  v.sent === true
    ? // The same words whether or not the address is the owner's: the page must not tell.
      messageBox('notice', `${t.t('forgot.sent')} ${t.t('link.validMinutes', { count: v.validMinutes })}`)
    : html`<p>${t.t('forgot.intro')}</p>${form}`
}
<p><a href="/signin">${t.t('forgot.back')}</a></p>`,
  );
}

/** The page an unsubscribe link opens: a button that stops the notice, or what it stopped. */
export function unsubscribePage(
  c: PageChrome,
  v: { readonly portalDomain: string; readonly action: string; readonly done: boolean },
): string {
  const { t } = c;
  return page(
    c,
    t.t('unsubscribe.title'),
    v.done
      ? messageBox('notice', t.t('unsubscribe.done', { portal: v.portalDomain }))
      : html`<p>${t.t('unsubscribe.confirm', { portal: v.portalDomain })}</p>
<form method="post" action="${v.action}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${t.t('unsubscribe.submit')}</button>
</form>`,
  );
}

/** A page that only explains something (an expired link, an unknown portal …). */
export function messagePage(
  c: PageChrome,
  title: string,
  text: string,
  next?: { readonly href: string; readonly label: string },
): string {
  return page(
    c,
    title,
    html`<p>${text}</p>${next === undefined ? '' : html`<p><a href="${next.href}">${next.label}</a></p>`}`,
  );
}

/** The password rules in words, from the configured policy. */
export function passwordRulesText(t: Translator, rules: PasswordRules): string {
  const length = t.t('password.hint.length', { min: rules.min, max: rules.max });
  const items: string[] = [];
  if (rules.requireDigit) items.push(t.t('password.hint.digit'));
  if (rules.requireUpper) items.push(t.t('password.hint.upper'));
  if (rules.requireSpecial) items.push(t.t('password.hint.special'));
  return items.length === 0
    ? length
    : `${length} ${t.t('password.hint.include', { items: formatList(t.locale, items) })}`;
}

/** The broken password rule in the reader's words. */
export function passwordBreachText(t: Translator, breach: PasswordBreach, rules: PasswordRules): string {
  switch (breach) {
    case 'tooShort':
      return t.t('password.error.tooShort', { count: rules.min });
    case 'tooLong':
      return t.t('password.error.tooLong', { count: rules.max });
    case 'control':
      return t.t('password.error.control');
    case 'digit':
      return t.t('password.error.digit');
    case 'upper':
      return t.t('password.error.upper');
    case 'special':
      return t.t('password.error.special');
  }
}

/** "Portal <strong>host</strong>" under a page's heading. */
function portalLine(t: Translator, portal: string): SafeHtml {
  return html`<p>${bold(t, t.parts('chrome.portal', { portal }), 'portal')}</p>`;
}

function bold(_t: Translator, parts: ReturnType<Translator['parts']>, name: string): SafeHtml {
  return html`${parts.map((part) =>
    'text' in part ? part.text : part.name === name ? html`<strong>${part.value}</strong>` : part.value,
  )}`;
}

const STATUS_KEYS = {
  Active: 'portal.status.active',
  Suspended: 'portal.status.suspended',
  RemovePending: 'portal.status.removePending',
} as const satisfies Readonly<Record<TenantStatus, MessageKey>>;

const STATE_KEYS = {
  [TariffState.Trial]: 'tariff.state.trial',
  [TariffState.Paid]: 'tariff.state.paid',
  [TariffState.Delay]: 'tariff.state.delay',
  [TariffState.NotPaid]: 'tariff.state.notPaid',
} as const satisfies Readonly<Record<TariffStateValue, MessageKey>>;

function stateName(t: Translator, state: TariffStateValue | undefined): string {
  return state === undefined ? '—' : t.t(STATE_KEYS[state]);
}
