import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_BRAND, type Brand } from '../../src/domain/brand/brand.js';
import { escapeHtml, html } from '../../src/html.js';
import { CATALOGS, translator } from '../../src/i18n/index.js';
import { backoffDelay } from '../../src/mail/outbox-sender.js';
import { formatSender } from '../../src/mail/render/sender.js';
import { MAIL_KINDS, renderOwnerMail, type MailKind } from '../../src/mail/render/owner-mails.js';
import { sampleMailVars } from '../../src/mail/render/sample-mails.js';
import { PSEUDO_ACCENTED, pseudoAccented } from '../helpers/pseudo-locale.js';

const ORIGIN = 'https://acme-docs.portals.example.com';

/** A brand unlike the defaults in every field. */
const ACME: Brand = {
  productName: 'Acme Office',
  logo: { path: '/brand/logo/abc123.png', alt: 'Acme Office logo' },
  primaryColor: '#b4361d',
  supportEmail: 'help@acme.example',
  supportUrl: 'https://acme.example/help',
  legalFooter: 'Acme GmbH · Musterstraße 1 · 10115 Berlin',
  mailFrom: { name: 'Acme Office', address: 'noreply@acme.example' },
};

function render(kind: MailKind, language: string, brand: Brand = DEFAULT_BRAND, unsubscribe?: string) {
  return renderOwnerMail(kind, sampleMailVars(kind, ORIGIN), {
    t: translator(language),
    brand,
    links: { origin: ORIGIN, unsubscribe },
  });
}

describe('HTML templates', () => {
  it('escape every interpolated value, keep nested templates, drop null and undefined', () => {
    const name = `<script>alert("x")</script> & 'y'`;
    assert.equal(escapeHtml(name), '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    const inner = html`<b>${name}</b>`;
    assert.equal(
      html`<p title="${'"quoted"'}">${inner}${null}${undefined}${[1, '<2>']}</p>`.value,
      `<p title="&quot;quoted&quot;"><b>${escapeHtml(name)}</b>1&lt;2&gt;</p>`,
    );
  });
});

describe('the owner mails', () => {
  it('exist in every shipped language: subject and text from that catalog, an HTML part in that language', () => {
    for (const [language] of CATALOGS) {
      const t = translator(language);
      const mail = render('activation', language);
      assert.equal(mail.subject, t.t('mail.activation.subject', { portal: 'acme-docs.portals.example.com' }));
      assert.ok(mail.text.startsWith(t.t('mail.greeting', { name: 'Ada' })), `${language}: ${mail.text}`);
      assert.ok(mail.text.includes(t.t('mail.activation.ignore')), language);
      assert.match(mail.html.value, new RegExp(`<html lang="${language}" dir="ltr">`));
      assert.ok(mail.html.value.includes(escapeHtml(t.t('mail.activation.button'))), language);
      // Not English unless it is English.
      if (language !== 'en') assert.notEqual(mail.subject, render('activation', 'en').subject, language);
    }
  });

  it('follow the reader: de-AT reads German, an unknown language English', () => {
    assert.match(render('activation', 'de-AT').subject, /^Aktivieren Sie Ihr Portal/);
    assert.match(render('activation', 'xx').subject, /^Activate your portal/);
  });

  it('format dates, numbers and sizes for the language', () => {
    assert.ok(render('dueReminder', 'de').text.includes('15. März 2027'), render('dueReminder', 'de').text);
    assert.ok(render('dueReminder', 'ja').text.includes('2027年3月15日'));
    const usage = render('usageAlert', 'fr').text;
    // French puts a (narrow) no-break space before units and the percent sign.
    assert.match(usage, /8,25\sGo sur 10\sGo/u);
    assert.match(usage, /82,5\s%/u);
    assert.ok(render('usageAlert', 'en').text.includes('8.25 GB of 10 GB'));
  });

  it('put the link in both parts and escape the HTML part', () => {
    const link = 'https://x.example/confirm?type=Auth&email=a%40b.c&key=1.abc';
    const mail = renderOwnerMail(
      'activation',
      { firstName: `O'Brien <b>`, portalDomain: 'x.example', link, validHours: 72 },
      { t: translator('en'), brand: DEFAULT_BRAND, links: { origin: 'https://x.example' } },
    );
    assert.ok(mail.text.includes(link));
    assert.ok(mail.text.includes(`Hello O'Brien <b>,`), 'the text part is not HTML');
    assert.ok(mail.html.value.includes('href="https://x.example/confirm?type=Auth&amp;email=a%40b.c&amp;key=1.abc"'));
    assert.ok(mail.html.value.includes('Hello O&#39;Brien &lt;b&gt;,'));
    assert.ok(mail.text.includes('The link works once and expires in 72 hours.'));
  });

  it('show the brand: logo at an absolute URL with its alt, colour, support, legal footer, product name', () => {
    for (const kind of MAIL_KINDS) {
      const mail = render(kind, 'en', ACME);
      const page = mail.html.value;
      assert.ok(page.includes(`<img src="${ORIGIN}/brand/logo/abc123.png" alt="Acme Office logo"`), kind);
      assert.ok(page.includes('background:#b4361d'), kind);
      for (const text of ['help@acme.example', 'https://acme.example/help', 'Acme GmbH', 'Powered by Acme Office'])
        assert.ok(page.includes(escapeHtml(text)) && mail.text.includes(text), `${kind}: ${text}`);
      assert.doesNotMatch(page, /Hosted portals/);
    }
    const plain = render('activation', 'en').html.value;
    assert.doesNotMatch(plain, /<img/);
    assert.ok(plain.includes('Hosted portals'), 'without a logo, the product name');
  });

  it('carry List-Unsubscribe only on the usage alert, with one-click', () => {
    const link = `${ORIGIN}/unsubscribe?kind=usageAlert&user=u&key=k`;
    for (const kind of MAIL_KINDS) {
      const mail = render(kind, 'en', DEFAULT_BRAND, link);
      if (kind === 'usageAlert') {
        assert.deepEqual(mail.headers, {
          'List-Unsubscribe': `<${link}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        });
        assert.ok(mail.text.includes(link));
        assert.ok(mail.html.value.includes('Stop these notices'));
      } else {
        assert.deepEqual(mail.headers, {}, kind);
        assert.ok(!mail.text.includes(link) && !mail.html.value.includes('unsubscribe'), kind);
      }
    }
  });

  it('render from a pseudo-locale: every text through the catalog, placeholders filled', () => {
    const t = translator(PSEUDO_ACCENTED, new Map([...CATALOGS, [PSEUDO_ACCENTED, pseudoAccented()]]));
    for (const kind of MAIL_KINDS) {
      const mail = renderOwnerMail(kind, sampleMailVars(kind, ORIGIN), {
        t,
        brand: DEFAULT_BRAND,
        links: { origin: ORIGIN },
      });
      assert.match(mail.subject, /^\[.*\]$/, kind);
      assert.doesNotMatch(mail.subject, /\{[a-z]+\}/i, kind);
      assert.ok(mail.text.includes('acme-docs.portals.example.com'), kind);
    }
  });
});

describe('formatSender', () => {
  it('quotes the name so a comma or quote in it cannot split the From header', () => {
    assert.equal(formatSender({ name: 'Acme, Inc. "Docs"', address: 'a@b.c' }), '"Acme, Inc. \\"Docs\\"" <a@b.c>');
    assert.equal(formatSender({ name: '', address: 'a@b.c' }), 'a@b.c');
  });
});

describe('backoffDelay', () => {
  it('doubles from the base after each failure and stops at the cap', () => {
    const timing = { backoffBaseMs: 30_000, backoffMaxMs: 3_600_000 };
    assert.deepEqual(
      [1, 2, 3, 4, 8, 20].map((n) => backoffDelay(n, timing)),
      [30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000],
    );
  });
});
