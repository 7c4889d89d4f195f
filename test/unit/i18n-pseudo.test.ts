import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOGS, en, placeholderNames, translator, type Catalogs, type MessageKey } from '../../src/i18n/index.js';
import {
  EXPANSION,
  PDF,
  PSEUDO_ACCENTED,
  PSEUDO_RTL,
  pseudoAccented,
  pseudoRtl,
  RLM,
  RLO,
} from '../helpers/pseudo-locale.js';

/**
 * The pseudo-locales of test/helpers/pseudo-locale.ts: they keep every placeholder, really are
 * longer or right to left, and the translator takes them like any other catalog — so a page or
 * mail test can render in them to prove its layout survives longer text and RTL.
 */

const accented = pseudoAccented();
const rtl = pseudoRtl();
const catalogs: Catalogs = new Map([...CATALOGS, [PSEUDO_ACCENTED, accented], [PSEUDO_RTL, rtl]]);
const KEYS = Object.keys(en) as MessageKey[];

/** The texts of a catalog message, plural forms one by one. */
function texts(message: string | Readonly<Record<string, string>>): readonly string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

/** Each text of a pseudo message with the English text it was made from. */
function pairs(
  key: MessageKey,
  pseudo: string | Readonly<Record<string, string>>,
): readonly (readonly [string, string])[] {
  const english: string | Readonly<Record<string, string>> = en[key];
  if (typeof pseudo === 'string' || typeof english === 'string') return [[String(english), String(pseudo)]];
  return Object.entries(pseudo).map(([category, text]) => [english[category] ?? english.other ?? '', text]);
}

/** Values for every placeholder any message has, so each key renders whole. */
const VALUES = {
  count: 3,
  portal: 'acme.example.com',
  host: 'acme.example.com',
  email: 'ann@example.com',
  name: 'Ann',
};
function render(language: string, key: MessageKey): string {
  const t = translator(language, catalogs).t as (
    key: MessageKey,
    params: Readonly<Record<string, string | number>>,
  ) => string;
  const params = Object.fromEntries(
    placeholderNames(en[key]).map((name) => [name, name in VALUES ? VALUES[name as keyof typeof VALUES] : `<${name}>`]),
  );
  return t(key, { count: 3, ...params });
}

describe('the accented pseudo-locale', () => {
  it('keeps every placeholder of every message and plural form', () => {
    for (const key of KEYS) {
      const expected = [...placeholderNames(en[key])].sort();
      for (const text of texts(accented[key])) assert.deepEqual([...placeholderNames(text)].sort(), expected, key);
    }
  });

  it('is bracketed, accented and at least 40 % longer than English', () => {
    for (const key of KEYS) {
      for (const [english, text] of pairs(key, accented[key])) {
        assert.match(text, /^\[.*\]$/s, key);
        assert.ok(text.length >= english.length * EXPANSION, `${key}: ${text}`);
        // No ASCII letter outside a placeholder: whatever the reader sees went through the catalog.
        assert.doesNotMatch(text.replace(/\{[A-Za-z0-9_]+\}/g, ''), /[A-Za-z]/, `${key}: ${text}`);
      }
    }
    assert.equal(accented['signin.title'], '[Šîĝñ îñ öñé]');
  });

  it('is a catalog the translator takes: every key renders from it, none falls back to English', () => {
    const tr = translator(PSEUDO_ACCENTED, catalogs);
    assert.equal(tr.language, PSEUDO_ACCENTED);
    assert.equal(tr.direction, 'ltr');
    for (const key of KEYS) {
      const text = render(PSEUDO_ACCENTED, key);
      assert.match(text, /^\[.*\]$/s, key);
      assert.notEqual(text, render('en', key), key);
    }
    assert.equal(tr.t('chrome.poweredBy', { product: 'Acme' }), '[Þöŵéŕéð ƀý Acme öñé ţŵö]');
  });
});

describe('the right-to-left pseudo-locale', () => {
  it('keeps every placeholder, and has every plural form Arabic uses', () => {
    const arabic = new Intl.PluralRules(PSEUDO_RTL).resolvedOptions().pluralCategories;
    for (const key of KEYS) {
      const expected = [...placeholderNames(en[key])].sort();
      const message = rtl[key];
      for (const text of texts(message)) assert.deepEqual([...placeholderNames(text)].sort(), expected, key);
      if (typeof message !== 'string') assert.deepEqual(Object.keys(message).sort(), [...arabic].sort(), key);
    }
  });

  it('shows each word mirrored between right-to-left marks, placeholders untouched', () => {
    assert.equal(rtl['signin.title'], `${RLM}${RLO}Sign${PDF}${RLM} ${RLM}${RLO}in${PDF}${RLM}`);
    assert.equal(rtl['chrome.portal'], `${RLM}${RLO}Portal${PDF}${RLM} {portal}`);
  });

  it('is a catalog the translator takes, right to left, with Arabic plural rules', () => {
    const tr = translator(PSEUDO_RTL, catalogs);
    assert.equal(tr.language, PSEUDO_RTL);
    assert.equal(tr.direction, 'rtl');
    for (const key of KEYS) assert.ok(render(PSEUDO_RTL, key).includes(RLO), key);
    // Arabic "few" (3–10) comes from the pseudo catalog, not from the English fallback.
    assert.ok(tr.t('link.validHours', { count: 3 }).includes(RLO));
    assert.ok(tr.t('link.validHours', { count: 0 }).includes(RLO));
  });
});
