import { html } from '../../html.js';
import type { PortalOverview } from '../../domain/owner/portal-overview.js';
import type { PasswordRules } from '../../domain/owner/password.js';
import { TariffState, type TariffStateValue } from '../../domain/tariff/tariff.js';
import { messageBox, page } from './layout.js';

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
export function confirmPage(v: ConfirmFormView): string {
  const passwordFields = v.askPassword
    ? html`<label for="password">New password</label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="${v.rules.min}" maxlength="${v.rules.max}" aria-describedby="password-rules">
<p class="hint" id="password-rules">${passwordRulesText(v.rules)}</p>
<label for="password-again">Repeat the password</label>
<input id="password-again" name="passwordAgain" type="password" autocomplete="new-password" required>`
    : html`<p>Your password is already set. Activate the portal and sign in.</p>`;
  return page(
    v.reset === true ? 'Choose a new password' : 'Activate your portal',
    html`<p>Portal <strong>${v.portalDomain}</strong></p>
${messageBox('error', v.error)}
<form method="post" action="/confirm">
<input type="hidden" name="${CSRF_FIELD}" value="${v.csrf}">
<input type="hidden" name="type" value="${v.type}">
<input type="hidden" name="key" value="${v.linkKey}">
<label for="email">E-mail</label>
<input id="email" name="email" type="email" autocomplete="username" value="${v.email}" readonly>
${passwordFields}
<button type="submit">${v.reset === true ? 'Save the password and sign in' : 'Activate and sign in'}</button>
</form>`,
  );
}

/** The sign-in page of a portal. */
export function signinPage(v: {
  readonly portalDomain: string;
  readonly csrf: string;
  readonly email?: string;
  readonly error?: string;
  readonly notice?: string;
}): string {
  return page(
    'Sign in',
    html`<p>Portal <strong>${v.portalDomain}</strong></p>
${messageBox('error', v.error)}
${messageBox('notice', v.notice)}
<form method="post" action="/signin">
<input type="hidden" name="${CSRF_FIELD}" value="${v.csrf}">
<label for="email">E-mail</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${v.email ?? ''}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<p class="hint"><a href="/forgot">Forgot password?</a></p>
<button type="submit">Sign in</button>
</form>`,
  );
}

/** The signed-in owner's home: the portal's details and tariff, and sign-out. */
export function homePage(o: PortalOverview, signoutCsrf: string, notice: string | undefined): string {
  const t = o.tariff;
  return page(
    o.tenant.name,
    html`${messageBox('notice', notice)}
<p>Signed in as <strong>${o.owner.firstName} ${o.owner.lastName}</strong> (${o.owner.email}).</p>
<h2>Portal</h2>
<dl>
<dt>Address</dt><dd>${o.tenant.domain}</dd>
<dt>Name</dt><dd>${o.tenant.alias}</dd>
<dt>Status</dt><dd>${o.tenant.status}</dd>
<dt>Created</dt><dd>${o.tenant.created.toISOString()}</dd>
<dt>Language</dt><dd>${o.tenant.language}</dd>
<dt>Time zone</dt><dd>${o.tenant.timeZoneName}</dd>
</dl>
<h2>Tariff</h2>
${
  t === undefined
    ? html`<p>No tariff is set for this portal.</p>`
    : html`<dl>
<dt>Plan</dt><dd>${t.plan}</dd>
<dt>State</dt><dd>${stateName(o.tariffState)}</dd>
<dt>Users</dt><dd>${t.activeUsers}</dd>
<dt>Largest file</dt><dd>${formatBytes(t.maxFileSize)}</dd>
<dt>Total storage</dt><dd>${formatBytes(t.maxTotalSize)}</dd>
<dt>Paid until</dt><dd>${t.dueDate === null ? 'no end date' : t.dueDate.toISOString().slice(0, 10)}</dd>
${t.features === '' ? '' : html`<dt>Features</dt><dd>${t.features}</dd>`}
</dl>`
}
<form method="post" action="/signout">
<input type="hidden" name="${CSRF_FIELD}" value="${signoutCsrf}">
<button type="submit" class="secondary">Sign out</button>
</form>`,
  );
}

/** "Forgot password?": the owner's e-mail, and a reset link by mail. */
export function forgotPage(v: {
  readonly portalDomain: string;
  readonly csrf: string;
  readonly sent?: boolean;
}): string {
  const form = html`<form method="post" action="/forgot">
<input type="hidden" name="${CSRF_FIELD}" value="${v.csrf}">
<label for="email">E-mail</label>
<input id="email" name="email" type="email" autocomplete="username" required>
<button type="submit">Send me a reset link</button>
</form>`;
  return page(
    'Forgot your password?',
    html`<p>Portal <strong>${v.portalDomain}</strong></p>
${
  v.sent === true
    ? // The same words whether or not the address is the owner's: the page must not tell.
      messageBox(
        'notice',
        'If this address belongs to the portal’s owner, a link to choose a new password is on its way. It works once, for an hour.',
      )
    : html`<p>Enter the e-mail address you sign in with. We mail you a link to choose a new password.</p>${form}`
}
<p><a href="/signin">Back to sign-in</a></p>`,
  );
}

/** A page that only explains something (an expired link, an unknown portal …). */
export function messagePage(
  title: string,
  text: string,
  next?: { readonly href: string; readonly label: string },
): string {
  return page(
    title,
    html`<p>${text}</p>${next === undefined ? '' : html`<p><a href="${next.href}">${next.label}</a></p>`}`,
  );
}

/** The password rules in words, from the configured policy. */
export function passwordRulesText(rules: PasswordRules): string {
  const parts = [`${rules.min} to ${rules.max} characters`];
  if (rules.requireDigit) parts.push('a digit');
  if (rules.requireUpper) parts.push('an upper-case letter');
  if (rules.requireSpecial) parts.push('a character that is not a letter or digit');
  return `Use ${parts.join(', ')}.`;
}

function stateName(state: TariffStateValue | undefined): string {
  const entry = Object.entries(TariffState).find(([, value]) => value === state);
  return entry === undefined ? 'unknown' : entry[0];
}

/** Bytes in binary units, exact in bytes beside them (sizes are kept exactly as set). */
function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? String(value) : value.toFixed(value >= 100 ? 0 : 1);
  return unit === 0 ? `${bytes} bytes` : `${rounded} ${units[unit]} (${bytes} bytes)`;
}
