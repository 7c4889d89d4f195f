import { html, type SafeHtml } from '../../../html.js';
import { formatNumber, plural } from '../components/format.js';

/** Registrations on one day (UTC). */
export interface DailyCount {
  /** YYYY-MM-DD */
  readonly day: string;
  readonly count: number;
}

/**
 * Registrations per day as a server-drawn SVG bar chart (no script, no library): gridlines with a
 * rounded scale, a date under every seventh bar counted back from today, a tooltip per bar, a
 * `<title>`/`<desc>` summary for screen readers, and the numbers as a table in a disclosure
 * underneath. With no registrations at all it draws an empty 0–4 scale and says so.
 */
export function registrationsChart(points: readonly DailyCount[], id = 'registrations-chart'): SafeHtml {
  const counts = points.map((p) => (Number.isFinite(p.count) && p.count > 0 ? p.count : 0));
  const total = counts.reduce((sum, c) => sum + c, 0);
  const peakIndex = counts.reduce((best, c, i) => (c > (counts[best] ?? 0) ? i : best), 0);
  const peak = counts[peakIndex] ?? 0;
  const scale = niceScale(peak);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = points.length > 0 ? plotWidth / points.length : plotWidth;
  const barWidth = Math.max(2, Math.min(28, slot * 0.66));
  const y = (value: number) => TOP + plotHeight - (value / scale.max) * plotHeight;

  const grid = scale.ticks.map(
    (tick) =>
      html`<g class="chart-grid"><line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${round(y(tick))}" y2="${round(y(tick))}"/><text x="${LEFT - 8}" y="${round(y(tick) + 4)}" text-anchor="end">${formatNumber(tick)}</text></g>`,
  );
  const bars = points.map((p, i) => {
    const count = counts[i] ?? 0;
    // A day with a few registrations on a tall scale still gets a visible sliver.
    const height = count === 0 ? 0 : Math.max(2, (count / scale.max) * plotHeight);
    const x = LEFT + i * slot + (slot - barWidth) / 2;
    return html`<rect class="chart-bar${i === peakIndex && peak > 0 ? ' chart-bar-peak' : ''}" x="${round(x)}" y="${round(TOP + plotHeight - height)}" width="${round(barWidth)}" height="${round(height)}" rx="2"><title>${dayLabel(p.day)}: ${plural(count, 'registration')}</title></rect>`;
  });
  const labels = points.flatMap((p, i) =>
    (points.length - 1 - i) % 7 === 0
      ? [
          html`<text class="chart-axis-label" x="${round(LEFT + i * slot + slot / 2)}" y="${HEIGHT - 10}" text-anchor="middle">${shortDay(p.day)}</text>`,
        ]
      : [],
  );
  const range =
    points.length > 0
      ? `${dayLabel(points[0]?.day ?? '')} to ${dayLabel(points[points.length - 1]?.day ?? '')}`
      : 'no days';
  const summary =
    total === 0
      ? `No registrations from ${range}.`
      : `${plural(total, 'registration')} from ${range}; the busiest day was ${dayLabel(points[peakIndex]?.day ?? '')} with ${formatNumber(peak)}.`;

  return html`<figure class="chart" id="${id}">
<div class="chart-scroll">
<svg class="chart-svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMidYMid meet">
<title id="${id}-title">Registrations per day</title>
<desc id="${id}-desc">${summary}</desc>
${grid}
<line class="chart-baseline" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${TOP + plotHeight}" y2="${TOP + plotHeight}"/>
${bars}
${labels}
${total === 0 ? html`<text class="chart-empty" x="${LEFT + plotWidth / 2}" y="${TOP + plotHeight / 2}" text-anchor="middle">No registrations in this period</text>` : html``}
</svg>
</div>
<figcaption class="chart-caption">${summary}</figcaption>
<details class="chart-data">
<summary>Show the numbers as a table</summary>
<table class="table table-compact">
<caption class="visually-hidden">Registrations per day</caption>
<thead><tr><th scope="col">Day (UTC)</th><th scope="col" class="num">Registrations</th></tr></thead>
<tbody>${points.map((p, i) => html`<tr><th scope="row"><time datetime="${p.day}">${p.day}</time></th><td class="num">${formatNumber(counts[i] ?? 0)}</td></tr>`)}</tbody>
</table>
</details>
</figure>`;
}

const WIDTH = 720;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 8;
const TOP = 14;
const BOTTOM = 30;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A 0-based scale of about four steps of 1, 2 or 5 × 10ⁿ that holds `peak` (counts are whole). */
function niceScale(peak: number): { max: number; ticks: number[] } {
  if (peak <= 0) return { max: 4, ticks: [0, 1, 2, 3, 4] };
  const raw = peak / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude);
  const max = Math.ceil(peak / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step / 2; t += step) ticks.push(t);
  return { max, ticks };
}

/** "Nov 3" for "2026-11-03"; other text unchanged. */
function shortDay(day: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(day);
  const month = match ? MONTHS[Number(match[1]) - 1] : undefined;
  return match && month !== undefined ? `${month} ${Number(match[2])}` : day;
}

/** "Nov 3, 2026" for "2026-11-03"; other text unchanged. */
function dayLabel(day: string): string {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(day);
  return match ? `${shortDay(day)}, ${match[1]}` : day;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
