import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CATALOGS,
  direction,
  en,
  languageList,
  negotiateLanguage,
  parseAcceptLanguage,
  translator,
  type Catalogs,
  type MessageKey,
  type PartialCatalog,
} from '../../src/i18n/index.js';

/** A translator with the shipped catalogs plus `extra` (a language being tried, a test's own). */
function withCatalogs(extra: Readonly<Record<string, PartialCatalog>>): Catalogs {
  return new Map([...CATALOGS, ...Object.entries(extra)]);
}

/** Calls t with values the types would refuse, as a caller in plain JavaScript could. */
function untypedT(language: string, key: string, params?: Readonly<Record<string, unknown>>): string {
  const t = translator(language).t as (key: string, params?: Readonly<Record<string, unknown>>) => string;
  return t(key, params);
}

describe('negotiating the language', () => {
  const cases: readonly (readonly [string | readonly string[] | undefined, string, string])[] = [
    ['en', 'en', 'en'],
    ['en-US', 'en', 'en-US'],
    ['en-GB', 'en', 'en-GB'],
    ['de', 'de', 'de'],
    ['de-AT', 'de', 'de-AT'],
    ['DE_at', 'de', 'de-AT'],
    ['pt', 'pt-BR', 'pt'],
    ['pt-PT', 'pt-BR', 'pt-PT'],
    ['pt_br', 'pt-BR', 'pt-BR'],
    ['zh', 'zh-CN', 'zh'],
    ['zh-Hans', 'zh-CN', 'zh-Hans'],
    // Traditional Chinese readers get the Simplified text, and dates formatted to match it.
    ['zh-TW', 'zh-CN', 'zh-CN'],
    ['zh-Hant-HK', 'zh-CN', 'zh-CN'],
    ['ja-JP', 'ja', 'ja-JP'],
    [' fr-CA ', 'fr', 'fr-CA'],
    ['sv', 'en', 'en'],
    ['', 'en', 'en'],
    ['not a tag!', 'en', 'en'],
    [undefined, 'en', 'en'],
    [['sv', 'not a tag!', 'nl-BE', 'de'], 'nl', 'nl-BE'],
    [[], 'en', 'en'],
  ];
  for (const [requested, language, locale] of cases) {
    it(`${JSON.stringify(requested)} reads ${language}, formats as ${locale}`, () => {
      assert.deepEqual(negotiateLanguage(requested, CATALOGS.keys()), { language, locale });
      const tr = translator(requested);
      assert.equal(tr.language, language);
      assert.equal(tr.locale, locale);
    });
  }

  it('prefers the plain language to a regional catalog of it', () => {
    const catalogs = withCatalogs({ 'en-XA': { 'signin.title': '[Šîĝñ îñ]' } });
    assert.equal(translator('en-US', catalogs).language, 'en');
    assert.equal(translator('en-XA', catalogs).language, 'en-XA');
  });

  it('reads Accept-Language in order of weight, dropping refused entries and *', () => {
    assert.deepEqual(parseAcceptLanguage('de-CH, fr;q=0.5, *;q=0.1, en;q=0.9, it;q=0, es;Q=0.5'), [
      'de-CH',
      'en',
      'fr',
      'es',
    ]);
    assert.deepEqual(parseAcceptLanguage(undefined), []);
    assert.deepEqual(parseAcceptLanguage(''), []);
    assert.deepEqual(parseAcceptLanguage('xx;q=abc, ja'), ['ja']);
    assert.equal(parseAcceptLanguage(Array.from({ length: 1000 }, () => 'de').join(',')).length, 32);
    assert.equal(translator(parseAcceptLanguage('sv-SE, pl;q=0.8, en;q=0.5')).language, 'pl');
  });
});

describe('translating', () => {
  it('fills placeholders, formatting numbers for the reader and inserting text as it is', () => {
    const { t } = translator('de');
    assert.equal(t('chrome.title', { page: 'Anmelden', product: 'Acme Office' }), 'Anmelden — Acme Office');
    assert.equal(t('password.hint.length', { min: 1000, max: 4096 }), 'Verwenden Sie 1.000 bis 4.096 Zeichen.');
    assert.equal(
      t('error.server.text', { requestId: 'req-1' }),
      'Bitte versuchen Sie es später erneut (Anfrage-ID req-1).',
    );
  });

  it('escapes nothing: HTML in a value is for the page template to escape', () => {
    const { t } = translator('en');
    assert.equal(
      t('chrome.contactSupport', { email: '<b>a&b@example.com</b>' }),
      'Contact support at <b>a&b@example.com</b>',
    );
  });

  it('gives the parts of a message, so a template can mark up the values', () => {
    assert.deepEqual(translator('fr').parts('mail.activation.subject', { portal: 'acme.example.com' }), [
      { text: 'Activez votre portail ' },
      { name: 'portal', value: 'acme.example.com' },
    ]);
  });

  it('leaves a placeholder without a value visible rather than blank', () => {
    assert.equal(untypedT('en', 'chrome.poweredBy', {}), 'Powered by {product}');
  });

  it('refuses a key English does not have, which only code that bypasses the types can ask for', () => {
    assert.throws(() => untypedT('de', 'no.such.key'), /no English text for the message no\.such\.key/);
  });
});

describe('falling back to English', () => {
  const catalogs = withCatalogs({
    xx: { 'language.name': 'Test', 'signin.title': 'Eintreten', 'signin.submit': '' },
    // A Russian catalog with only the "other" form of a plural.
    ru: { 'link.validHours': { other: 'Ссылка действует {count} часа.' } },
  });

  it('for a key the catalog lacks, and for an empty text', () => {
    const { t, language } = translator('xx', catalogs);
    assert.equal(language, 'xx');
    assert.equal(t('signin.title'), 'Eintreten');
    assert.equal(t('signin.forgot'), en['signin.forgot']);
    assert.equal(t('signin.submit'), en['signin.submit']);
  });

  it('for a plural form the catalog lacks, choosing the English form by English rules', () => {
    const { t } = translator('ru', catalogs);
    assert.equal(t('link.validHours', { count: 1.5 }), 'Ссылка действует 1,5 часа.');
    assert.equal(t('link.validHours', { count: 1 }), 'The link works once and expires in 1 hour.');
    assert.equal(t('link.validHours', { count: 5 }), 'The link works once and expires in 5 hours.');
  });

  it('for every key, never showing a blank or a key', () => {
    const { t } = translator('xx', catalogs);
    const render = t as (key: MessageKey, params: Readonly<Record<string, string | number>>) => string;
    for (const key of Object.keys(en) as MessageKey[]) {
      const text = render(key, { count: 2 });
      assert.notEqual(text.trim(), '', key);
      assert.notEqual(text, key);
    }
  });
});

describe('plural forms', () => {
  const hours = (language: string, count: number): string => translator(language).t('link.validHours', { count });

  it('Russian: one, few, many and fractions', () => {
    assert.match(hours('ru', 1), / 1 час\.$/);
    assert.match(hours('ru', 21), / 21 час\.$/);
    assert.match(hours('ru', 2), / 2 часа\.$/);
    assert.match(hours('ru', 24), / 24 часа\.$/);
    assert.match(hours('ru', 5), / 5 часов\.$/);
    assert.match(hours('ru', 11), / 11 часов\.$/);
    assert.match(hours('ru', 72), / 72 часа\.$/);
    assert.match(hours('ru', 1.5), / 1,5 часа\.$/);
  });

  it('Polish: one only for 1, few for 2–4 and 22–24, many otherwise', () => {
    assert.match(hours('pl', 1), / 1 godzinę\.$/);
    assert.match(hours('pl', 2), / 2 godziny\.$/);
    assert.match(hours('pl', 22), / 22 godziny\.$/);
    assert.match(hours('pl', 5), / 5 godzin\.$/);
    assert.match(hours('pl', 12), / 12 godzin\.$/);
    assert.match(hours('pl', 21), / 21 godzin\.$/);
  });

  it('Czech: one, few for 2–4, many for fractions, other from 5', () => {
    assert.match(hours('cs', 1), / 1 hodinu\.$/);
    assert.match(hours('cs', 3), / 3 hodiny\.$/);
    assert.match(hours('cs', 1.5), / 1,5 hodiny\.$/);
    assert.match(hours('cs', 72), / 72 hodin\.$/);
  });

  it('Japanese: one form for every count', () => {
    assert.equal(hours('ja', 1), 'このリンクは 1 回だけ使用でき、1 時間後に有効期限が切れます。');
    assert.equal(hours('ja', 72), 'このリンクは 1 回だけ使用でき、72 時間後に有効期限が切れます。');
  });

  it('French: one for 0 and 1, "de" for millions', () => {
    const days = (count: number): string =>
      translator('fr').t('mail.due.body', { plan: 'Pro', portal: 'acme', date: '5 mai 2025', count });
    assert.match(days(0), /dans 0 jour,/);
    assert.match(days(1), /dans 1 jour,/);
    assert.match(days(3), /dans 3 jours,/);
    assert.match(days(1_000_000), /dans 1\u202f000\u202f000 de jours,/);
  });
});

describe('writing direction', () => {
  it('is right to left for Arabic, Hebrew, Persian and Urdu, and for tags naming such a script', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'he-IL', 'iw', 'fa', 'ur', 'AR_sa', 'ar-XB', 'pa-Arab', 'az-Arab']) {
      assert.equal(direction(tag), 'rtl', tag);
    }
  });

  it('is left to right for other languages, Latin-script tags and anything that is not a tag', () => {
    for (const tag of ['en', 'de', 'ja', 'zh-CN', 'ru', 'pa', 'az', 'ar-Latn', '', 'not a tag!']) {
      assert.equal(direction(tag), 'ltr', tag);
    }
  });

  it('follows the text a translator gives: an Arabic reader without an Arabic catalog reads English, ltr', () => {
    assert.equal(translator('ar').direction, 'ltr');
    assert.equal(translator('ar', withCatalogs({ ar: { 'signin.title': 'تسجيل الدخول' } })).direction, 'rtl');
  });
});

describe('the language list', () => {
  it('lists every shipped language in its own name, in the catalogs order', () => {
    const list = languageList();
    assert.deepEqual(
      list.map((l) => l.tag),
      [...CATALOGS.keys()],
    );
    const names = Object.fromEntries(list.map((l) => [l.tag, l.name]));
    assert.equal(names.en, 'English');
    assert.equal(names.de, 'Deutsch');
    assert.equal(names.fr, 'Français');
    assert.equal(names['pt-BR'], 'Português (Brasil)');
    assert.equal(names.ja, '日本語');
    assert.equal(names['zh-CN'], '简体中文');
    assert.ok(list.every((l) => l.direction === 'ltr'));
  });

  it('names a language whose catalog lacks its name as ICU does, and marks it rtl when it is', () => {
    const list = languageList(withCatalogs({ ar: {}, sv: { 'language.name': '' } }));
    assert.deepEqual(list.slice(-2), [
      { tag: 'ar', name: 'العربية', direction: 'rtl' },
      { tag: 'sv', name: 'svenska', direction: 'ltr' },
    ]);
  });
});
