/**
 * `date.toISOString()`, the same text, computed here for the dates every database stores
 * (1970–9999): V8 formats through a call into C++ that cost as much as the rest of presenting a
 * portal put together, and every answer that shows a portal carries two or three of these
 * (bench/). Any other date (before 1970, past 9999, invalid) goes to toISOString itself, with
 * its expanded years and its RangeError.
 */
export function isoTime(date: Date): string {
  const time = date.getTime();
  // NaN (an invalid date) fails this test too.
  if (!(time >= 0 && time < END_OF_9999)) return date.toISOString();
  const days = Math.floor(time / DAY);
  let rest = time - days * DAY;
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  // Days since 1970-01-01 to a civil date (Howard Hinnant's days_from_civil, inverted), in the
  // 400-year era that starts on 0000-03-01; non-negative days keep every division exact.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}

const DAY = 86_400_000;
/** 10000-01-01T00:00:00Z: from here on toISOString writes a six-digit year. */
const END_OF_9999 = Date.UTC(10_000, 0, 1);
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
