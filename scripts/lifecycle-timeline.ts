import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Draws docs/lifecycle-timeline.svg: one portal's tariff from its reminders to its purge, under
 * the lifecycle policy with the settings given (the defaults, with removal after 30 days).
 * `node --import tsx scripts/lifecycle-timeline.ts` writes it; test/unit/lifecycle-timeline.test.ts
 * fails when running it again would change it.
 */

/** Where the picture lives. */
export const TIMELINE_FILE = fileURLToPath(new URL('../docs/lifecycle-timeline.svg', import.meta.url));

/** The settings the picture shows. */
export interface TimelineSettings {
  readonly reminderDays: readonly number[];
  readonly graceDays: number;
  readonly removeSuspendedAfterDays: number;
  readonly removeRetentionDays: number;
}

export const PICTURED: TimelineSettings = {
  reminderDays: [7, 1],
  graceDays: 7,
  removeSuspendedAfterDays: 30,
  removeRetentionDays: 30,
};

const WIDTH = 960;
const HEIGHT = 270;
/** The middle of the band of phases. */
const BAND_Y = 110;
const BAND_HALF = 12;
const LEFT = 30;
const RIGHT = WIDTH - 30;

interface Mark {
  readonly day: number;
  readonly lines: readonly string[];
  readonly tone: 'info' | 'warning' | 'danger' | 'neutral';
}

const COLOURS: Readonly<Record<Mark['tone'], string>> = {
  info: '#2463eb',
  warning: '#9a6700',
  danger: '#c53030',
  neutral: '#57606a',
};

/**
 * The SVG text for `settings`. The moments are evenly spaced, not to scale (a month of suspension
 * would squeeze the reminders together); each says its day. Labels alternate above and below.
 */
export function lifecycleTimelineSvg(settings: TimelineSettings = PICTURED): string {
  const suspendDay = settings.graceDays;
  const removeDay = suspendDay + settings.removeSuspendedAfterDays;
  const purgeDay = removeDay + settings.removeRetentionDays;
  const reminders = [...settings.reminderDays].sort((a, b) => b - a);
  const marks: Mark[] = [
    ...reminders.map((d, i) => ({
      day: -d,
      lines: [`due date − ${d} d: reminder`, ...(i === 0 ? ['owner mail (with SMTP_URL)'] : []), 'tariff.due_soon'],
      tone: 'info' as const,
    })),
    { day: 0, lines: ['due date', 'tariff.due (state Delay)'], tone: 'warning' },
    {
      day: suspendDay,
      lines: [
        `+ ${suspendDay} d (grace): NotPaid`,
        'suspended, reason "not paid"',
        'tariff.overdue',
        'portal.suspended',
      ],
      tone: 'danger',
    },
    {
      day: removeDay,
      lines: [
        `+ ${removeDay} d: removed`,
        `(${settings.removeSuspendedAfterDays} d suspended)`,
        'portal.removed',
        'portal/restore until purged',
      ],
      tone: 'danger',
    },
    {
      day: purgeDay,
      lines: [`+ ${purgeDay} d: purged`, `(${settings.removeRetentionDays} d kept)`, 'portal.purged'],
      tone: 'neutral',
    },
  ];
  const step = (RIGHT - LEFT) / (marks.length + 0.5);
  const at = (index: number) => LEFT + step * (index + 0.75);
  const indexOf = (day: number) => marks.findIndex((m) => m.day === day);
  const text = (tx: number, ty: number, body: string, attrs = '') =>
    `<text x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" text-anchor="middle"${attrs}>${escape(body)}</text>`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="title desc" font-family="Arial, Helvetica, sans-serif" font-size="12">`,
    '<title id="title">The lifecycle of an unpaid portal</title>',
    `<desc id="desc">Reminders ${reminders.join(' and ')} days before the due date; after ${settings.graceDays} grace days the tariff is NotPaid and the portal is suspended; ${settings.removeSuspendedAfterDays} days later it is removed, and purged ${settings.removeRetentionDays} days after that. A new due date or plan resumes it while it is suspended; portal/restore brings it back until it is purged.</desc>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#1a7f37"/></marker></defs>',
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    phase(LEFT, at(indexOf(0)), '#e8f0fe', 'Paid or Trial'),
    phase(at(indexOf(0)), at(indexOf(suspendDay)), '#fff4e5', 'Delay'),
    phase(at(indexOf(suspendDay)), at(indexOf(removeDay)), '#fde8e8', 'Suspended'),
    phase(at(indexOf(removeDay)), at(indexOf(purgeDay)), '#eceef2', 'RemovePending'),
    `<path d="M ${RIGHT - 12} ${BAND_Y - 6} L ${RIGHT} ${BAND_Y} L ${RIGHT - 12} ${BAND_Y + 6} Z" fill="#1f2328"/>`,
    `<line x1="${at(indexOf(purgeDay)).toFixed(1)}" y1="${BAND_Y}" x2="${RIGHT - 12}" y2="${BAND_Y}" stroke="#1f2328" stroke-width="2"/>`,
  ];
  marks.forEach((mark, index) => {
    const mx = at(index);
    const colour = COLOURS[mark.tone];
    const above = index % 2 === 0;
    parts.push(
      `<line x1="${mx.toFixed(1)}" y1="${BAND_Y - BAND_HALF - 6}" x2="${mx.toFixed(1)}" y2="${BAND_Y + BAND_HALF + 6}" stroke="${colour}" stroke-width="2"/>`,
      `<circle cx="${mx.toFixed(1)}" cy="${above ? BAND_Y - BAND_HALF - 6 : BAND_Y + BAND_HALF + 6}" r="5" fill="${colour}"/>`,
    );
    mark.lines.forEach((line, i) => {
      const y = above ? BAND_Y - BAND_HALF - 20 - (mark.lines.length - 1 - i) * 15 : BAND_Y + BAND_HALF + 28 + i * 15;
      parts.push(text(mx, y, line, `${i === 0 ? ' font-weight="bold"' : ''} fill="${colour}"`));
    });
  });
  // The ways back: a payment while suspended, a restore while removed.
  const suspended = at(indexOf(suspendDay)) + (at(indexOf(removeDay)) - at(indexOf(suspendDay))) * 0.8;
  const due = at(indexOf(0));
  const low = BAND_Y + BAND_HALF + 150;
  parts.push(
    `<path d="M ${suspended.toFixed(1)} ${BAND_Y + BAND_HALF} C ${suspended.toFixed(1)} ${low}, ${due.toFixed(1)} ${low}, ${(due - 20).toFixed(1)} ${BAND_Y + BAND_HALF + 2}" fill="none" stroke="#1a7f37" stroke-width="1.5" marker-end="url(#arrow)"/>`,
    text(
      (suspended + due) / 2,
      low - 20,
      'tariff/set with a due date or plan: resumed (portal.resumed)',
      ' fill="#1a7f37"',
    ),
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}

function phase(from: number, to: number, fill: string, label: string): string {
  return [
    `<rect x="${from.toFixed(1)}" y="${BAND_Y - BAND_HALF}" width="${(to - from).toFixed(1)}" height="${BAND_HALF * 2}" fill="${fill}"/>`,
    `<text x="${((from + to) / 2).toFixed(1)}" y="${BAND_Y + 4}" text-anchor="middle" fill="#1f2328" font-size="11">${escape(label)}</text>`,
  ].join('\n');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(TIMELINE_FILE, lifecycleTimelineSvg());
  process.stdout.write('wrote docs/lifecycle-timeline.svg\n');
}
