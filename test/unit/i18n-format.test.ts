import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatPercent,
  formatRelativeDays,
} from '../../src/i18n/index.js';

/**
 * Formatting for a reader, with Node's full ICU. Expected strings spell out the spaces ICU
 * uses: NBSP is a no-break space, NNBSP the narrow one French groups digits with.
 */
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const LRM = '\u200e';
const GIB = 2 ** 30;

describe('numbers', () => {
  it('use each language separators', () => {
    assert.equal(formatNumber('en', 1234.5), '1,234.5');
    assert.equal(formatNumber('de', 1234.5), '1.234,5');
    assert.equal(formatNumber('de-AT', 1234.5), `1${NBSP}234,5`);
    assert.equal(formatNumber('fr', 1234.5), `1${NNBSP}234,5`);
    assert.equal(formatNumber('ja', 1234.5), '1,234.5');
    assert.equal(formatNumber('ar', 1234.5), '1,234.5');
    assert.equal(formatNumber('ar-EG', 1234.5), '١٬٢٣٤٫٥');
  });

  it('show a ratio as a percentage with at most one decimal', () => {
    assert.equal(formatPercent('en', 0.825), '82.5%');
    assert.equal(formatPercent('en', 0.8), '80%');
    assert.equal(formatPercent('de', 0.825), `82,5${NBSP}%`);
    assert.equal(formatPercent('fr', 0.825), `82,5${NBSP}%`);
    assert.equal(formatPercent('tr', 0.825), '%82,5');
    assert.equal(formatPercent('ar', 0.825), `82.5${LRM}%${LRM}`);
  });
});

describe('dates', () => {
  // 23:30 UTC on 4 May: already 5 May in Berlin, still 4 May in New York.
  const moment = new Date('2025-05-04T23:30:00Z');

  it('show the day as seen in the given time zone', () => {
    assert.equal(formatDate('en', moment, 'Europe/Berlin'), 'May 5, 2025');
    assert.equal(formatDate('en', moment, 'America/New_York'), 'May 4, 2025');
    assert.equal(formatDate('en-GB', moment, 'Europe/Berlin'), '5 May 2025');
    assert.equal(formatDate('de', moment, 'Europe/Berlin'), '5. Mai 2025');
    assert.equal(formatDate('fr', moment, 'Europe/Berlin'), '5 mai 2025');
    assert.equal(formatDate('ja', moment, 'Asia/Tokyo'), '2025年5月5日');
    assert.equal(formatDate('ar', moment, 'Europe/Berlin'), '5 مايو 2025');
  });

  it('show a moment with its time and the zone it is in', () => {
    assert.equal(formatDateTime('en', moment, 'Europe/Berlin'), 'May 5, 2025 at 1:30 AM GMT+2');
    assert.equal(formatDateTime('de', moment, 'Europe/Berlin'), '5. Mai 2025 um 01:30 MESZ');
    assert.equal(formatDateTime('ja', moment, 'Asia/Tokyo'), '2025年5月5日 8:30 JST');
  });

  it('refuse a time zone that does not exist rather than show another one', () => {
    assert.throws(() => formatDate('en', moment, 'Mars/Olympus_Mons'), RangeError);
  });

  it('say days from now in words where the language has them', () => {
    assert.equal(formatRelativeDays('en', 1), 'tomorrow');
    assert.equal(formatRelativeDays('en', 3), 'in 3 days');
    assert.equal(formatRelativeDays('de', 1), 'morgen');
    assert.equal(formatRelativeDays('de', -2), 'vorgestern');
    assert.equal(formatRelativeDays('ru', 5), 'через 5 дней');
  });
});

describe('lists', () => {
  it('join items as the language does', () => {
    assert.equal(formatList('en', ['a digit', 'an upper-case letter']), 'a digit and an upper-case letter');
    assert.equal(formatList('de', ['a', 'b', 'c']), 'a, b und c');
    assert.equal(formatList('ja', ['a', 'b', 'c']), 'a、b、c');
    assert.equal(formatList('fr', ['a']), 'a');
  });
});

describe('sizes', () => {
  const cases: readonly (readonly [number, string])[] = [
    [0, '0 bytes'],
    [1, '1 byte'],
    [1000, '1,000 bytes'],
    [1023, '1,023 bytes'],
    [1024, '1 kB'],
    [1536, '1.5 kB'],
    [10 * 2 ** 20 + 300 * 1024, '10.3 MB'],
    [1.5 * GIB, '1.5 GB'],
    [153.4 * GIB, '153 GB'],
    [999.4 * GIB, '999 GB'],
    // Rounded to 1000 of a unit: the next unit, so a size never shows four digits.
    [999.5 * GIB, '0.976 TB'],
    [1000 * GIB, '0.977 TB'],
    // One byte short of a tebibyte rounds to it.
    [2 ** 40 - 1, '1 TB'],
    [2 ** 40, '1 TB'],
    [5 * 2 ** 50, '5 PB'],
  ];
  for (const [bytes, text] of cases) {
    it(`${bytes} bytes is "${text}" in English (binary units, 3 significant digits)`, () => {
      assert.equal(formatBytes('en', bytes), text);
    });
  }

  it('use the language units and separators', () => {
    assert.equal(formatBytes('de', 1.5 * GIB), `1,5${NBSP}GB`);
    assert.equal(formatBytes('de', 5), '5 Byte');
    assert.equal(formatBytes('fr', 1.5 * GIB), `1,5${NNBSP}Go`);
    assert.equal(formatBytes('fr', 5), `5${NBSP}octets`);
    assert.equal(formatBytes('ru', 1.5 * GIB), '1,5 ГБ');
    assert.equal(formatBytes('ja', 1.5 * GIB), '1.5 GB');
    assert.equal(formatBytes('ko', 1.5 * GIB), '1.5GB');
  });

  it('keep counting petabytes past the largest unit', () => {
    assert.equal(formatBytes('en', 3 * 2 ** 60), '3,070 PB');
  });
});
