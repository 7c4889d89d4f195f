import type { Catalog } from './catalog.js';
import { cs } from './locales/cs.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { it } from './locales/it.js';
import { ja } from './locales/ja.js';
import { ko } from './locales/ko.js';
import { nl } from './locales/nl.js';
import { pl } from './locales/pl.js';
import { ptBR } from './locales/pt-BR.js';
import { ru } from './locales/ru.js';
import { tr } from './locales/tr.js';
import { zhCN } from './locales/zh-CN.js';

/**
 * The shipped languages, in the order the language switcher lists them: English first (the
 * source), then the others. A new language is one file in locales/ and one line here.
 */
export const CATALOGS: ReadonlyMap<string, Catalog> = new Map<string, Catalog>([
  ['en', en],
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['it', it],
  ['pt-BR', ptBR],
  ['nl', nl],
  ['pl', pl],
  ['cs', cs],
  ['ru', ru],
  ['tr', tr],
  ['ja', ja],
  ['zh-CN', zhCN],
  ['ko', ko],
]);
