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
};
