import { html } from '../../../html.js';
import { icon } from '../components/icons.js';
import { standaloneLayout } from '../components/layout.js';
import { postForm } from '../components/post-form.js';

/** The console's sign-in page. */
export interface SignInPageModel {
  readonly productName: string;
  /** POST target; fields `email`, `password`, `_csrf`. */
  readonly action: string;
  /** A pre-session CSRF token (sign-in forms can be forged too). */
  readonly csrfToken: string;
  /** The e-mail typed last time, kept after a failed attempt. */
  readonly email: string;
  /** "E-mail or password is incorrect." — one message for both, never which one was wrong. */
  readonly error: string | null;
  /** Set when the attempt limit refused the sign-in: seconds until a retry can succeed. */
  readonly retryAfterSeconds: number | null;
  /** A note such as "You have signed out." or "Your session has expired." */
  readonly notice: string | null;
}

/**
 * E-mail and password in a centred card. A refused attempt says so above the form, tied to both
 * fields with `aria-describedby`; the attempt limit says how long to wait.
 */
export function signInPage(model: SignInPageModel): string {
  const limited = model.retryAfterSeconds !== null;
  const problem = limited
    ? `Too many sign-in attempts. Try again in ${waitText(model.retryAfterSeconds ?? 0)}.`
    : model.error;
  const describedBy = problem !== null ? html` aria-describedby="signin-problem" aria-invalid="true"` : html``;
  return standaloneLayout(
    model.productName,
    'Sign in',
    html`<div class="signin-card">
<h1>Sign in to the console</h1>
<p class="page-description">For the operators of this service. Portal owners sign in on their portal’s own address.</p>
${
  problem !== null
    ? html`<div class="flash flash-error" role="alert" id="signin-problem">${icon('warning')}<p>${problem}</p></div>`
    : model.notice !== null
      ? html`<div class="flash flash-info" role="status">${icon('info')}<p>${model.notice}</p></div>`
      : html``
}
${postForm({
  action: model.action,
  csrfToken: model.csrfToken,
  className: 'stack',
  body: html`<div class="field">
<label class="label" for="signin-email">E-mail</label>
<input class="input" id="signin-email" name="email" type="email" autocomplete="username" required value="${model.email}"${describedBy}${model.email === '' ? html` autofocus` : html``}>
</div>
<div class="field">
<label class="label" for="signin-password">Password</label>
<input class="input" id="signin-password" name="password" type="password" autocomplete="current-password" required${describedBy}${model.email !== '' ? html` autofocus` : html``}>
</div>
<button type="submit" class="button button-primary button-block">Sign in</button>`,
})}
</div>`,
  );
}

/** "45 seconds", "4 min 47 s": exact, because the operator is waiting for it. */
function waitText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 120) return `${s} seconds`;
  return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
