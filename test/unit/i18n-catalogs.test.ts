import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOGS, en, placeholderNames, type Message, type PartialCatalog } from '../../src/i18n/index.js';

/**
 * Every shipped catalog against the English source: the same keys, the same placeholders in
 * every form, the plural forms its language needs, and no empty or untranslated-key text.
 * When a language is added or English gains a key, these failures are the translator's list.
 */

const ENGLISH_KEYS = Object.keys(en);
const TRANSLATIONS = [...CATALOGS].filter(([tag]) => tag !== 'en');

/** The texts of a message with where each sits: the message itself, or one of its plural forms. */
function forms(message: Message): readonly (readonly [string, string])[] {
  return typeof message === 'string' ? [['text', message]] : Object.entries(message);
}

function messages(catalog: PartialCatalog): readonly (readonly [string, Message])[] {
  return Object.entries(catalog).filter((entry): entry is [string, Message] => entry[1] !== undefined);
}

describe('the shipped catalogs', () => {
  it('include the fourteen languages the owner pages promise', () => {
    const expected = ['en', 'de', 'fr', 'es', 'it', 'pt-BR', 'nl', 'pl', 'cs', 'ru', 'tr', 'ja', 'zh-CN', 'ko'];
    assert.deepEqual([...CATALOGS.keys()].sort(), expected.sort());
  });

  for (const [tag, catalog] of TRANSLATIONS) {
    describe(tag, () => {
      it('has every English key and no key English lacks', () => {
        const keys = Object.keys(catalog);
        assert.deepEqual(
          ENGLISH_KEYS.filter((key) => !keys.includes(key)),
          [],
          'missing',
        );
        assert.deepEqual(
          keys.filter((key) => !ENGLISH_KEYS.includes(key)),
          [],
          'not in English',
        );
      });

      it('keeps the placeholders of the English message in every form, and adds none', () => {
        for (const [key, message] of messages(catalog)) {
          const english = en[key as keyof typeof en];
          const expected = [...placeholderNames(english)].sort();
          for (const [form, text] of forms(message)) {
            assert.deepEqual([...placeholderNames(text)].sort(), expected, `${tag} ${key} (${form}): ${text}`);
          }
        }
      });

      it('has a plural object exactly where English has one, with the forms its language uses', () => {
        const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
        for (const [key, message] of messages(catalog)) {
          const english = en[key as keyof typeof en];
          assert.equal(typeof message, typeof english, `${tag} ${key}: plural in one and not the other`);
          if (typeof message === 'string') continue;
          const present = Object.keys(message);
          assert.deepEqual(
            categories.filter((c) => !present.includes(c)),
            [],
            `${tag} ${key}: forms missing`,
          );
          assert.deepEqual(
            present.filter((c) => !categories.includes(c as Intl.LDMLPluralRule)),
            [],
            `${tag} ${key}: forms never used`,
          );
        }
      });
    });
  }

  for (const [tag, catalog] of CATALOGS) {
    it(`${tag}: no text is empty, the raw key, padded with spaces, or a broken placeholder`, () => {
      for (const [key, message] of messages(catalog)) {
        for (const [form, text] of forms(message)) {
          const where = `${tag} ${key} (${form})`;
          assert.notEqual(text.trim(), '', `${where} is empty`);
          assert.notEqual(text, key, `${where} is its own key`);
          assert.equal(text, text.trim(), `${where} starts or ends with a space`);
          assert.doesNotMatch(text, / {2}/, `${where} has two spaces in a row`);
          // A brace left after the placeholders are taken out is a typo such as "{ portal}" or "{portal".
          assert.doesNotMatch(text.replace(/\{[A-Za-z][A-Za-z0-9_]*\}/g, ''), /[{}]/, `${where}: ${text}`);
        }
      }
    });
  }

  it('English plural objects have the forms English uses, each with the same placeholders', () => {
    for (const [key, message] of messages(en)) {
      if (typeof message === 'string') continue;
      assert.deepEqual(Object.keys(message).sort(), ['one', 'other'], key);
      const names = [...placeholderNames(message)].sort();
      assert.ok(names.includes('count'), `${key}: a plural message shows its count`);
      for (const [form, text] of forms(message))
        assert.deepEqual([...placeholderNames(text)].sort(), names, `${key} ${form}`);
    }
  });

  it('name each language differently, in itself', () => {
    const names = [...CATALOGS.values()].map((catalog) => catalog['language.name']);
    assert.equal(new Set(names).size, names.length);
    assert.equal(CATALOGS.get('ja')?.['language.name'], '日本語');
  });
});
