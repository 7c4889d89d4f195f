import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONSOLE_STYLESHEET } from '../../src/http/console/components/console-css.js';
import { formatBytes, formatDateTime, formatDuration } from '../../src/http/console/components/format.js';
import { html } from '../../src/html.js';
import { consoleLayout } from '../../src/http/console/components/layout.js';
import { CSRF_FIELD_NAME } from '../../src/http/console/components/post-form.js';
import { registrationsChart } from '../../src/http/console/overview/registrations-chart.js';
import { safeHref } from '../../src/http/console/components/safe-href.js';
import { portalPage } from '../../src/http/console/portals/portal-view.js';
import { portalsPage } from '../../src/http/console/portals/portals-view.js';
import { signInPage } from '../../src/http/console/signin/signin-view.js';
import { renderSamplePages } from './console-sample-pages.js';
import { chrome, portalSample, portalsSample, SAMPLE_CSRF, signInSample } from './console-samples.js';

const PAYLOAD = `"'><script>alert(1)</script><img src=x onerror=alert(2)>`;
const pages = renderSamplePages();

describe('console views: every page', () => {
  it('renders typical and empty data as a whole document with one h1, the style sheet and no script', () => {
    assert.ok(pages.some((p) => p.empty) && pages.some((p) => !p.empty));
    for (const p of pages) {
      assert.match(p.html, /^<!DOCTYPE html>\n<html lang="en">/, p.name);
      assert.equal(count(p.html, /<h1[\s>]/g), 1, `${p.name}: one h1`);
      assert.ok(p.html.includes(`<link rel="stylesheet" href="${CONSOLE_STYLESHEET.href}">`), p.name);
      assert.doesNotMatch(
        p.html,
        /<script|\sstyle="|\son[a-z]+="/i,
        `${p.name}: no script, inline style or handler (strict CSP)`,
      );
      assert.doesNotMatch(
        p.html,
        /(src|href)="(https?:)?\/\/(?!acme\.office|billing\.example)/,
        `${p.name}: nothing loaded from elsewhere`,
      );
    }
  });

  it('show an empty state instead of an empty table', () => {
    for (const name of [
      'portals-empty',
      'portals-no-match',
      'clients-empty',
      'webhooks-empty',
      'webhook-empty',
      'audit-empty',
      'audit-no-match',
      'portal-new',
    ]) {
      const page = find(name);
      assert.ok(page.includes('class="empty'), `${name}: empty state`);
      assert.doesNotMatch(page, /<tbody>\s*<\/tbody>/, `${name}: no empty table`);
    }
    assert.match(find('portals-no-match'), /No portals match these filters/);
    assert.match(find('overview-empty'), /No registrations in this period/);
  });

  it('escape all user data: a script payload in every field comes out as text', () => {
    const hostile = renderSamplePages((text) => `${text}${PAYLOAD}`);
    for (const p of hostile) {
      assert.ok(p.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), `${p.name}: the payload is shown, escaped`);
      assert.doesNotMatch(p.html, /<script|<img/i, `${p.name}: no injected element`);
      // With quoted attribute values removed, an injected attribute would be left inside a tag.
      assert.doesNotMatch(withoutAttributeValues(p.html), /<[^>]*\sonerror=/i, `${p.name}: no injected attribute`);
    }
  });

  it('give every form control a label', () => {
    for (const p of pages) {
      const ids = [...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      assert.equal(new Set(ids).size, ids.length, `${p.name}: ids are unique (${duplicates(ids).join(', ')})`);
      for (const control of p.html.matchAll(/<(input|select|textarea)\b[^>]*>/g)) {
        const tag = control[0];
        if (/type="(hidden|submit)"/.test(tag)) continue;
        const id = /\sid="([^"]+)"/.exec(tag)?.[1];
        assert.ok(id !== undefined, `${p.name}: control without id: ${tag}`);
        assert.ok(
          p.html.includes(`<label class="label" for="${id}">`) || p.html.includes(`<label for="${id}">`),
          `${p.name}: no label for #${id}`,
        );
      }
    }
  });

  it('put the CSRF token in every POST form and never in a GET form', () => {
    let posts = 0;
    for (const p of pages) {
      for (const form of p.html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)) {
        const open = /<form\b[^>]*>/.exec(form[0])?.[0] ?? '';
        if (/method="post"/.test(open)) {
          posts += 1;
          assert.ok(
            form[0].includes(`<input type="hidden" name="${CSRF_FIELD_NAME}" value="${SAMPLE_CSRF}">`),
            `${p.name}: ${open} has no _csrf`,
          );
        } else {
          assert.match(open, /method="get"/, `${p.name}: forms say their method`);
          assert.ok(!form[0].includes(CSRF_FIELD_NAME), `${p.name}: the token must not end up in a URL`);
        }
      }
    }
    assert.ok(posts > 40, `${posts} post forms checked`);
  });

  it('tie every aria reference to an element of the page', () => {
    for (const p of pages) {
      const ids = new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const ref of p.html.matchAll(/aria-(?:describedby|labelledby)="([^"]+)"/g)) {
        for (const id of (ref[1] ?? '').split(' '))
          assert.ok(ids.has(id), `${p.name}: #${id} is referenced but missing`);
      }
      for (const link of p.html.matchAll(/href="#([^"]+)"/g))
        assert.ok(ids.has(link[1]), `${p.name}: link to missing #${link[1]}`);
    }
  });

  it('give table headers a scope', () => {
    for (const p of pages) {
      for (const th of p.html.matchAll(/<th\b[^>]*>/g)) assert.match(th[0], /scope="(col|row)"/, `${p.name}: ${th[0]}`);
    }
  });

  it('start with a skip link to the main content', () => {
    for (const p of pages) {
      assert.match(p.html, /<body>\n<a class="skip-link" href="#main">Skip to main content<\/a>/, p.name);
      assert.match(p.html, /<main id="main"/, p.name);
    }
  });
});

describe('console layout', () => {
  it('lists only the enabled sections, in order, and marks the current one', () => {
    const page = consoleLayout(
      { ...chrome('portals'), nav: { portals: '/console/portals', overview: '/console', audit: '/console/audit' } },
      { title: 'Portals', body: html`<h1>Portals</h1>` },
    );
    const nav = /<nav class="sidenav"[\s\S]*?<\/nav>/.exec(page)?.[0] ?? '';
    assert.deepEqual(
      [...nav.matchAll(/<span>([^<]+)<\/span><\/a>/g)].map((m) => m[1]),
      ['Overview', 'Portals', 'Audit log'],
    );
    assert.doesNotMatch(nav, /Clients|Webhooks|Settings/);
    assert.equal(count(nav, /aria-current="page"/g), 1);
    assert.match(nav, /<a href="\/console\/portals" aria-current="page">/);
  });

  it('shows the operator, a sign-out form, and flash messages with their roles', () => {
    const page = consoleLayout(
      chrome('overview', undefined, [
        { kind: 'success', text: 'Saved.' },
        { kind: 'error', text: 'Not saved.' },
      ]),
      { title: 'Overview', body: html`<h1>Overview</h1>` },
    );
    assert.match(page, /maria\.keller@example\.com/);
    assert.match(page, /<form method="post" action="\/console\/signout" class="signout-form">/);
    assert.match(page, /role="status">.*<p>Saved\.<\/p>/);
    assert.match(page, /role="alert">.*<p>Not saved\.<\/p>/);
  });
});

describe('console pages', () => {
  it('sign-in: one message for a wrong password, the wait for too many attempts, tied to the fields', () => {
    const wrong = signInPage(signInSample('error'));
    assert.match(wrong, /id="signin-problem"[^>]*>.*E-mail or password is incorrect\./);
    assert.equal(count(wrong, /aria-describedby="signin-problem"/g), 2);
    assert.match(
      signInPage({ ...signInSample('limited'), retryAfterSeconds: 45 }),
      /Too many sign-in attempts\. Try again in 45 seconds\./,
    );
    assert.match(signInPage(signInSample('limited')), /Try again in 4 min 47 s\./);
    assert.doesNotMatch(signInPage(signInSample('blank')), /aria-invalid/);
  });

  it('portals: a GET search form with the filters kept, rows linking to portals, a next link with the cursor', () => {
    const page = portalsPage(portalsSample('typical'));
    assert.match(page, /<form class="filters" method="get" action="\/console\/portals"/);
    for (const name of ['q', 'status', 'clientId', 'plan']) assert.match(page, new RegExp(`name="${name}"`));
    assert.match(page, /href="\/console\/portals\/18240">acme<\/a>/);
    assert.match(
      page,
      /<a class="button button-secondary button-small" href="\/console\/portals\?after=18251">Next page/,
    );
    const filtered = portalsPage({
      ...portalsSample('typical'),
      filters: { q: 'acme', status: 'Suspended', clientId: '', plan: '', usage: '' },
    });
    assert.match(filtered, /name="q" type="search" value="acme"/);
    assert.match(filtered, /<option value="Suspended" selected>/);
    assert.match(filtered, />Clear<\/a>/);
    assert.doesNotMatch(page, />Clear<\/a>/);
  });

  it('portal: removal is a link to its confirm page; suspend, tariff, resend and login link are POST forms', () => {
    const page = portalPage(portalSample('typical'));
    assert.match(
      page,
      /<a class="button button-danger-outline" href="\/console\/portals\/18240\/remove">Remove portal…<\/a>/,
    );
    assert.doesNotMatch(page, /<form[^>]*action="\/console\/portals\/18240\/remove"/);
    assert.match(page, /<form method="post" action="\/console\/portals\/18240\/status" id="status-form"/);
    assert.match(page, /<input type="hidden" name="status" value="Suspended">/);
    assert.match(page, /action="\/console\/portals\/18240\/tariff"/);
    assert.match(page, /action="\/console\/portals\/18240\/login-link"/);
    const refused = portalPage(portalSample('tariff-error'));
    assert.match(
      refused,
      /id="tariff-form-activeUsers"[^>]*aria-describedby="tariff-form-activeUsers-hint tariff-form-activeUsers-error" aria-invalid="true"/,
    );
    assert.match(
      refused,
      /<div class="error-summary" role="alert"[^>]*autofocus>[\s\S]*<a href="#tariff-form-activeUsers">Enter a whole number of 0 or more\.<\/a>/,
    );
    assert.doesNotMatch(page, /error-summary/);
    assert.match(page, /Login link created[\s\S]*confirm\?type=Signin/);
    const fresh = portalPage(portalSample('new'));
    assert.match(fresh, /action="\/console\/portals\/18240\/resend-activation"/);
    assert.doesNotMatch(fresh, /login-link/);
    assert.match(
      portalPage(portalSample('suspended')),
      /<input type="hidden" name="status" value="Active">[\s\S]*Resume portal/,
    );
    assert.doesNotMatch(portalPage(portalSample('removed')), /name="status"|\/remove"/);
  });

  it('confirm page: the destructive POST with type-to-confirm and a way back', () => {
    const page = find('portal-remove-confirm-error');
    assert.match(page, /<form method="post" action="\/console\/portals\/18240\/remove" class="confirm-form">/);
    assert.match(page, /name="confirm"[^>]*value="acne"/);
    assert.match(page, /<a class="button button-quiet" href="\/console\/portals\/18240">Cancel<\/a>/);
  });

  it('secrets are shown once in a labelled read-only box with a warning', () => {
    for (const name of ['client-rotated', 'webhook-created']) {
      const page = find(name);
      assert.match(page, /<label class="label" for="new-secret-value">/);
      assert.match(
        page,
        /<textarea class="input input-code secret-value" id="new-secret-value"[^>]*readonly[^>]*aria-describedby="new-secret-warning">/,
      );
      assert.match(page, /Copy it now\./);
    }
    assert.doesNotMatch(find('client'), /new-secret/);
  });

  it('webhook deliveries: a status filter and a redeliver form per delivery', () => {
    const page = find('webhook-created');
    assert.match(page, /<form class="filters" method="get" action="\/console\/webhooks\/wh_01JB8Q2F7K"/);
    assert.equal(count(page, /<input type="hidden" name="deliveryId" value="dl_/g), 5);
    assert.match(page, /href="\/console\/webhooks\/wh_01JB8Q2F7K\?after=dl_01JE">Older/);
  });

  it('audit log: changes read as "field: before → after", with none for null', () => {
    const page = find('audit');
    assert.match(
      page,
      /<span class="change-field">plan<\/span><span class="visually-hidden"> changed from<\/span> <span class="change-before">startup<\/span> <span class="change-arrow" aria-hidden="true">→<\/span><span class="visually-hidden"> to<\/span> <span class="change-after">business<\/span>/,
    );
    assert.match(page, /<span class="change-before is-none">none<\/span>/);
    assert.match(
      find('audit-no-match'),
      /id="audit-filters-to" name="to" type="text" value="2026-13-40"[^>]*aria-invalid="true"/,
    );
  });

  it('settings: the base domain error is summarised and tied to the field', () => {
    const page = find('settings-error');
    assert.match(page, /<a href="#base-domain-baseDomain">Enter a DNS host name/);
    assert.match(
      page,
      /id="base-domain-baseDomain" name="baseDomain" type="text" value="office_example\.\.com" aria-describedby="base-domain-baseDomain-hint base-domain-baseDomain-error" aria-invalid="true"/,
    );
  });
});

describe('registrations chart', () => {
  const days = (counts: number[]) =>
    counts.map((count, i) => ({ day: `2026-11-${String(i + 1).padStart(2, '0')}`, count }));

  it('draws a bar per day on a rounded scale, with title, description and a data table', () => {
    const chart = registrationsChart(days(Array.from({ length: 30 }, (_, i) => (i === 12 ? 37 : i)))).value;
    assert.equal(count(chart, /<rect class="chart-bar/g), 30);
    assert.equal(count(chart, /chart-bar-peak/g), 1);
    assert.match(chart, /role="img" aria-labelledby="registrations-chart-title registrations-chart-desc"/);
    assert.match(chart, /<title id="registrations-chart-title">Registrations per day<\/title>/);
    assert.match(chart, /the busiest day was Nov 13, 2026 with 37\./);
    assert.deepEqual(
      [...chart.matchAll(/text-anchor="end">(\d+)<\/text>/g)].map((m) => m[1]),
      ['0', '10', '20', '30', '40'],
    );
    assert.equal(count(chart, /<tr><th scope="row">/g), 30);
    assert.match(chart, /<details class="chart-data">\n<summary>/);
  });

  it('with no registrations draws an empty 0–4 scale and says so', () => {
    const chart = registrationsChart(days(new Array(30).fill(0))).value;
    assert.match(chart, /No registrations in this period/);
    assert.deepEqual(
      [...chart.matchAll(/text-anchor="end">(\d+)<\/text>/g)].map((m) => m[1]),
      ['0', '1', '2', '3', '4'],
    );
    assert.match(chart, /height="0"/);
    assert.doesNotMatch(chart, /NaN|Infinity/);
    assert.doesNotMatch(registrationsChart([]).value, /NaN|Infinity/);
  });
});

describe('console formatting', () => {
  it('shows sizes in binary units, durations, UTC times, and keeps what is not a date', () => {
    assert.equal(formatBytes(1_099_511_627_775), '1 TiB');
    assert.equal(formatBytes(1_073_741_824), '1 GiB');
    assert.equal(formatBytes(1536), '1.5 KiB');
    assert.equal(formatBytes(512), '512 B');
    assert.equal(formatDuration(42), '42 s');
    assert.equal(formatDuration(2_940), '49 min');
    assert.equal(formatDuration(3_600 * 26), '1 d 2 h');
    assert.equal(formatDateTime('2026-12-07T10:30:00.000Z'), '2026-12-07 10:30 UTC');
    assert.equal(formatDateTime('2026-12-07T11:30:00+01:00'), '2026-12-07 10:30 UTC');
    assert.equal(formatDateTime('soon'), 'soon');
  });

  it('lets only console paths and http(s) URLs into links', () => {
    assert.equal(safeHref('/console/portals?after=5'), '/console/portals?after=5');
    assert.equal(safeHref('#main'), '#main');
    assert.equal(safeHref('https://acme.example.com/x'), 'https://acme.example.com/x');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '//evil.example',
      '/\\evil.example',
      ' https://x',
    ])
      assert.equal(safeHref(bad), '#', bad);
  });

  it('serves one style sheet without imports, fonts or remote URLs', () => {
    assert.doesNotMatch(CONSOLE_STYLESHEET.css, /@import|@font-face|url\((?!"data:)/);
    assert.match(CONSOLE_STYLESHEET.href, /^\/console\/assets\/console\.[0-9a-f]{12}\.css$/);
  });
});

function find(name: string): string {
  const page = pages.find((p) => p.name === name);
  assert.ok(page, `no sample page ${name}`);
  return page.html;
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

function duplicates(list: readonly (string | undefined)[]): string[] {
  return list.filter((item, i) => list.indexOf(item) !== i).map(String);
}

function withoutAttributeValues(page: string): string {
  return page.replace(/="[^"]*"/g, '=""');
}
