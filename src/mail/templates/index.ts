import { de } from './de.js';
import { en } from './en.js';
import type { MailTemplates } from './types.js';

export type {
  ActivationMailVars,
  DueReminderMailVars,
  MailTemplates,
  PasswordResetMailVars,
  RenderedMail,
  UsageAlertMailVars,
} from './types.js';

/**
 * The translations, by primary language subtag. To add one: copy en.ts to xx.ts, translate the
 * strings (keep every `${…}` placeholder), and list it here.
 */
const TEMPLATES: Readonly<Record<string, MailTemplates>> = { en, de };

/** The templates for a language tag (`de-AT` → de), falling back to English. */
export function templatesFor(language: string): MailTemplates {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return TEMPLATES[primary] ?? en;
}
