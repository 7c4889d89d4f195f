import { html } from '../../html.js';
import { mailButton, mailLayout } from './layout.js';
import type { MailTemplates } from './types.js';

/** English (the fallback for every language without its own templates). */
export const en: MailTemplates = {
  activation: (v) => {
    const subject = `Activate your portal ${v.portalDomain}`;
    const text = [
      `Hello ${v.firstName},`,
      '',
      `your portal ${v.portalDomain} is ready. Open this link to set your password and sign in:`,
      '',
      v.link,
      '',
      `The link works once and expires in ${v.validHours} hours.`,
      'If you did not ask for this portal, ignore this message.',
    ].join('\n');
    const body = html`<h1 style="font-size:22px;margin:0 0 16px;">Activate your portal</h1>
<p>Hello ${v.firstName},</p>
<p>your portal <strong>${v.portalDomain}</strong> is ready. Open this link to set your password and sign in:</p>
${mailButton(v.link, 'Activate my portal')}
<p>The link works once and expires in ${v.validHours} hours.</p>
<p style="color:#57606a;">If you did not ask for this portal, ignore this message.</p>`;
    return { subject, text, html: mailLayout('en', subject, body) };
  },
  passwordReset: (v) => {
    const subject = `Reset your password for ${v.portalDomain}`;
    const text = [
      `Hello ${v.firstName},`,
      '',
      `someone (we hope you) asked to reset the password of your portal ${v.portalDomain}. Open this link to choose a new one:`,
      '',
      v.link,
      '',
      `The link works once and expires in ${v.validMinutes} minutes.`,
      'If you did not ask for this, ignore this message: your password stays as it is.',
    ].join('\n');
    const body = html`<h1 style="font-size:22px;margin:0 0 16px;">Reset your password</h1>
<p>Hello ${v.firstName},</p>
<p>someone (we hope you) asked to reset the password of your portal <strong>${v.portalDomain}</strong>. Open this link to choose a new one:</p>
${mailButton(v.link, 'Choose a new password')}
<p>The link works once and expires in ${v.validMinutes} minutes.</p>
<p style="color:#57606a;">If you did not ask for this, ignore this message: your password stays as it is.</p>`;
    return { subject, text, html: mailLayout('en', subject, body) };
  },
};
