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
  dueReminder: (v) => {
    const subject = `Your plan for ${v.portalDomain} is due on ${v.dueDate}`;
    const when =
      v.daysLeft === 0
        ? `Your plan ${v.plan} for ${v.portalDomain} is due today, ${v.dueDate}.`
        : `Your plan ${v.plan} for ${v.portalDomain} is due in ${v.daysLeft} ${v.daysLeft === 1 ? 'day' : 'days'}, on ${v.dueDate}.`;
    const action =
      'To keep the portal running without interruption, make sure your provider receives the payment in time.';
    const text = [`Hello ${v.firstName},`, '', when, '', action].join('\n');
    const body = html`<h1 style="font-size:22px;margin:0 0 16px;">Your plan is due soon</h1>
<p>Hello ${v.firstName},</p>
<p>${when}</p>
<p>${action}</p>`;
    return { subject, text, html: mailLayout('en', subject, body) };
  },
  usageAlert: (v) => {
    const storage = v.metric === 'storage';
    const subject = `Your portal ${v.portalDomain} uses ${v.percent} of its ${storage ? 'storage' : 'user limit'}`;
    const figure = `Your portal ${v.portalDomain} uses ${v.percent} of its ${storage ? 'storage' : 'user limit'}: ${v.used} of ${v.limit}.`;
    const action = 'If you need more, ask your provider for a larger plan.';
    const text = [`Hello ${v.firstName},`, '', figure, '', action].join('\n');
    const body = html`<h1 style="font-size:22px;margin:0 0 16px;">${storage ? 'Storage alert' : 'User limit alert'}</h1>
<p>Hello ${v.firstName},</p>
<p>${figure}</p>
<p>${action}</p>`;
    return { subject, text, html: mailLayout('en', subject, body) };
  },
};
