import type { MailKind, MailVars } from './owner-mails.js';

/**
 * An example owner and portal for previews (the console and `hosted-api preview`): what each mail
 * looks like without registering anything. Fixed values, so two previews compare line by line.
 */
export const SAMPLE_PORTAL = 'acme-docs.portals.example.com';

/** The sample owner's address. */
export const SAMPLE_OWNER_EMAIL = 'ada@example.com';

const SAMPLE_NAME = 'Ada';

/** The sample values of a mail kind; links point at the sample portal on `origin`. */
export function sampleMailVars<K extends MailKind>(kind: K, origin: string): MailVars[K] {
  const all: MailVars = {
    activation: {
      firstName: SAMPLE_NAME,
      portalDomain: SAMPLE_PORTAL,
      link: `${origin}/confirm?type=Auth&email=ada%40example.com&key=1893456000.sample-activation-key`,
      validHours: 72,
    },
    passwordReset: {
      firstName: SAMPLE_NAME,
      portalDomain: SAMPLE_PORTAL,
      link: `${origin}/confirm?type=Reset&email=ada%40example.com&key=1893456000.sample-reset-key`,
      validMinutes: 60,
    },
    dueReminder: {
      firstName: SAMPLE_NAME,
      portalDomain: SAMPLE_PORTAL,
      plan: 'business',
      dueDate: new Date('2027-03-15T12:00:00Z'),
      timeZone: 'Europe/Berlin',
      daysLeft: 7,
    },
    usageAlert: {
      firstName: SAMPLE_NAME,
      portalDomain: SAMPLE_PORTAL,
      metric: 'storage',
      used: 8_858_370_048,
      limit: 10_737_418_240,
    },
  };
  return all[kind];
}
