import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, html } from '../../src/html.js';
import { backoffDelay } from '../../src/mail/outbox-sender.js';
import { templatesFor } from '../../src/mail/templates/index.js';

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

describe('activation mail templates', () => {
  const vars = {
    firstName: `O'Brien <b>`,
    lastName: 'X',
    portalDomain: 'myportal.example.com',
    link: 'https://myportal.example.com/confirm?type=Auth&email=a%40b.c&key=1.abc',
    validHours: 72,
  };

  it('pick the translation by primary language subtag and fall back to English', () => {
    assert.match(templatesFor('de-AT').activation(vars).subject, /^Aktivieren/);
    assert.match(templatesFor('DE').activation(vars).subject, /^Aktivieren/);
    assert.match(templatesFor('fr-FR').activation(vars).subject, /^Activate/);
    assert.match(templatesFor('').activation(vars).subject, /^Activate/);
  });

  it('put the link in both parts and escape the HTML part', () => {
    const mail = templatesFor('en-US').activation(vars);
    assert.ok(mail.text.includes(vars.link));
    assert.ok(mail.text.includes(`Hello O'Brien <b>,`), 'the text part is not HTML');
    assert.ok(
      mail.html.value.includes('href="https://myportal.example.com/confirm?type=Auth&amp;email=a%40b.c&amp;key=1.abc"'),
    );
    assert.ok(mail.html.value.includes('Hello O&#39;Brien &lt;b&gt;,'));
    assert.doesNotMatch(mail.html.value, /<b>,/);
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
