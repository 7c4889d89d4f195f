import { DomainError } from '../../domain/errors.js';
import { ERROR_REGISTRY } from '../api/errors.js';
import type { FieldErrors } from './components/index.js';

/**
 * A refused change as a form shows it: each problem the rules name beside its field, the rest
 * at the top. The messages are the API's own (the same use cases refused the same input), read
 * from `params` problems such as "activeUsers: must be 0 or more" or "name is required".
 */
export interface FormProblems {
  readonly fields: FieldErrors;
  /** Problems of no field of this form. */
  readonly general: readonly string[];
}

/**
 * Splits a DomainError into field and general problems. `fields` are the form's field names;
 * `aliases` maps a name the rules use to the form's (e.g. settings' `value` → `baseDomain`);
 * `codes` puts whole errors on a field (e.g. clientExist → clientId); any other refusal is a
 * general problem. Returns undefined for a failure that is not the caller's (a 5xx, a bug),
 * which then answers as the error page.
 */
export function formProblems(
  error: unknown,
  fields: readonly string[],
  options: {
    readonly aliases?: Readonly<Record<string, string>>;
    readonly codes?: Readonly<Partial<Record<DomainError['code'], string>>>;
  } = {},
): FormProblems | undefined {
  if (!(error instanceof DomainError)) return undefined;
  const byCode = options.codes?.[error.code];
  if (byCode !== undefined) return { fields: { [byCode]: sentence(messageOf(error)) }, general: [] };
  // Any other refusal of the rules (not found, forbidden…) is the form's general problem.
  if (error.code !== 'params' && error.code !== 'passPolicyError')
    return ERROR_REGISTRY[error.code].status < 500 ? { fields: {}, general: [sentence(messageOf(error))] } : undefined;
  const problems = error.code === 'params' && Array.isArray(error.detail) ? error.detail : [messageOf(error)];
  const found: Record<string, string> = {};
  const general: string[] = [];
  for (const problem of problems) {
    const match = /^([A-Za-z][A-Za-z0-9]*)(?::\s*|\s+)(.*)$/s.exec(problem);
    const name = match?.[1] ?? '';
    const field = fields.includes(name) ? name : options.aliases?.[name];
    if (field !== undefined && match !== null && found[field] === undefined) {
      // "activeUsers: must be 0 or more" → "Must be 0 or more"; "name is required" stays whole.
      found[field] = sentence(
        problem.includes(':') && problem.startsWith(`${name}:`) ? (match[2] ?? problem) : problem,
      );
    } else {
      general.push(sentence(problem));
    }
  }
  return { fields: found, general };
}

/** The message an error shows: its own words, else the registry's. */
export function messageOf(error: DomainError): string {
  return error.detail === undefined ? ERROR_REGISTRY[error.code].message : error.message;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? trimmed : trimmed[0]?.toUpperCase() + trimmed.slice(1);
}
