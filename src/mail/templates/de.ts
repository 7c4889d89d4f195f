import { html } from '../../html.js';
import { mailButton, mailLayout } from './layout.js';
import type { MailTemplates } from './types.js';

/** German. */
export const de: MailTemplates = {
  activation: (v) => {
    const subject = `Aktivieren Sie Ihr Portal ${v.portalDomain}`;
    const text = [
      `Hallo ${v.firstName},`,
      '',
      `Ihr Portal ${v.portalDomain} ist bereit. Öffnen Sie diesen Link, um Ihr Passwort festzulegen und sich anzumelden:`,
      '',
      v.link,
      '',
      `Der Link funktioniert einmal und läuft in ${v.validHours} Stunden ab.`,
      'Wenn Sie dieses Portal nicht angefordert haben, ignorieren Sie diese Nachricht.',
    ].join('\n');
    const body = html`<h1 style="font-size:22px;margin:0 0 16px;">Portal aktivieren</h1>
<p>Hallo ${v.firstName},</p>
<p>Ihr Portal <strong>${v.portalDomain}</strong> ist bereit. Öffnen Sie diesen Link, um Ihr Passwort festzulegen und sich anzumelden:</p>
${mailButton(v.link, 'Mein Portal aktivieren')}
<p>Der Link funktioniert einmal und läuft in ${v.validHours} Stunden ab.</p>
<p style="color:#57606a;">Wenn Sie dieses Portal nicht angefordert haben, ignorieren Sie diese Nachricht.</p>`;
    return { subject, text, html: mailLayout('de', subject, body) };
  },
  passwordReset: (v) => {
    const subject = `Passwort zurücksetzen für ${v.portalDomain}`;
    const text = [
      `Hallo ${v.firstName},`,
      '',
      `jemand (hoffentlich Sie) hat angefordert, das Passwort Ihres Portals ${v.portalDomain} zurückzusetzen. Öffnen Sie diesen Link, um ein neues zu wählen:`,
      '',
      v.link,
      '',
      `Der Link funktioniert einmal und läuft in ${v.validMinutes} Minuten ab.`,
      'Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.',
    ].join('\n');
    const body = html`<h1 style="font-size:22px;margin:0 0 16px;">Passwort zurücksetzen</h1>
<p>Hallo ${v.firstName},</p>
<p>jemand (hoffentlich Sie) hat angefordert, das Passwort Ihres Portals <strong>${v.portalDomain}</strong> zurückzusetzen. Öffnen Sie diesen Link, um ein neues zu wählen:</p>
${mailButton(v.link, 'Neues Passwort wählen')}
<p>Der Link funktioniert einmal und läuft in ${v.validMinutes} Minuten ab.</p>
<p style="color:#57606a;">Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.</p>`;
    return { subject, text, html: mailLayout('de', subject, body) };
  },
  dueReminder: (v) => {
    const subject = `Ihr Tarif für ${v.portalDomain} ist am ${v.dueDate} fällig`;
    const when =
      v.daysLeft === 0
        ? `Ihr Tarif ${v.plan} für ${v.portalDomain} ist heute fällig (${v.dueDate}).`
        : `Ihr Tarif ${v.plan} für ${v.portalDomain} ist am ${v.dueDate} fällig, also in ${v.daysLeft} ${v.daysLeft === 1 ? 'Tag' : 'Tagen'}.`;
    const action =
      'Damit Ihr Portal ohne Unterbrechung weiterläuft, sorgen Sie bitte dafür, dass Ihr Anbieter die Zahlung rechtzeitig erhält.';
    const text = [`Hallo ${v.firstName},`, '', when, '', action].join('\n');
    const body = html`<h1 style="font-size:22px;margin:0 0 16px;">Ihr Tarif ist bald fällig</h1>
<p>Hallo ${v.firstName},</p>
<p>${when}</p>
<p>${action}</p>`;
    return { subject, text, html: mailLayout('de', subject, body) };
  },
  usageAlert: (v) => {
    const storage = v.metric === 'storage';
    const what = storage ? 'seines Speicherplatzes' : 'seines Benutzerlimits';
    const subject = `Ihr Portal ${v.portalDomain} nutzt ${v.percent} ${what}`;
    const figure = `Ihr Portal ${v.portalDomain} nutzt ${v.percent} ${what}: ${v.used} von ${v.limit}.`;
    const action = 'Wenn Sie mehr benötigen, fragen Sie Ihren Anbieter nach einem größeren Tarif.';
    const text = [`Hallo ${v.firstName},`, '', figure, '', action].join('\n');
    const body = html`<h1 style="font-size:22px;margin:0 0 16px;">${storage ? 'Hinweis zum Speicherplatz' : 'Hinweis zum Benutzerlimit'}</h1>
<p>Hallo ${v.firstName},</p>
<p>${figure}</p>
<p>${action}</p>`;
    return { subject, text, html: mailLayout('de', subject, body) };
  },
};
