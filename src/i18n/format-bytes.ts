/**
 * A size for a reader: binary units (1 kB = 1024 bytes, as operating systems and ONLYOFFICE
 * count storage), labelled the way the language labels them (kB/MB/GB in English, ko/Mo/Go in
 * French, КБ/МБ/ГБ in Russian) through Intl's unit style.
 *
 * Rounded to 3 significant digits (1.5 GB, 15.3 GB, 153 GB), and the unit changes once the
 * rounded value would reach 1000, so a size never shows four digits: 1 TiB less one byte is
 * "1 TB", 1000 GiB is "0.977 TB". Below 1024 bytes the exact count is shown ("1,000 bytes").
 * The exact byte count, when it matters, is for the caller to add.
 */
export function formatBytes(locale: string, bytes: number): string {
  if (Math.abs(bytes) < 1024 || !Number.isFinite(bytes)) {
    // Long style: "5 bytes", "5 Byte", "5 octets" read better than the short "5 byte".
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  }
  let unit = 1;
  let value = bytes / 1024;
  while (Math.abs(roundSignificant(value)) >= 1000 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumSignificantDigits: SIGNIFICANT_DIGITS,
  }).format(value);
}

/** Intl's size units; each step is 1024 of the one before. */
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

/** Enough to tell 1.5 GB from 1.6 GB, few enough to read at a glance. */
const SIGNIFICANT_DIGITS = 3;

function roundSignificant(value: number): number {
  return Number(value.toPrecision(SIGNIFICANT_DIGITS));
}
