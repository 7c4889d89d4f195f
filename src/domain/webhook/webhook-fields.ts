import type { DomainContext } from '../context.js';
import { DomainError, paramsError } from '../errors.js';
import { parseEventFilter, type EventFilter } from './event-types.js';
import { checkWebhookUrl } from './target-url.js';

/** The longest endpoint description (the column's width). */
export const MAX_DESCRIPTION = 255;

/**
 * An endpoint URL that may be stored: http or https, no user info, and (unless
 * WEBHOOK_ALLOW_PRIVATE) a host whose every address is public — checked again at each send,
 * since DNS may change. webhookUrlInvalid names the reason.
 */
export async function checkEndpointUrl(ctx: DomainContext, url: string | undefined): Promise<string> {
  const text = (url ?? '').trim();
  if (text === '') throw paramsError('url is required');
  const checked = await checkWebhookUrl(text, { allowPrivate: ctx.options.webhooks.allowPrivate });
  if (!checked.ok) throw new DomainError('webhookUrlInvalid', `Webhook URL is invalid: ${checked.reason}`);
  return text;
}

/**
 * An event filter from the request: a list of types, or `*` (the default, when none is sent) for
 * all. Unknown types are `params`, and so is an empty list: it must not widen a filter to everything.
 */
export function checkEvents(events: readonly string[] | undefined): EventFilter {
  if (events === undefined) return '*';
  const parsed = parseEventFilter(events.includes('*') ? '*' : events);
  if (!parsed.ok) throw paramsError(...parsed.problems.map((p) => `events: ${p}`));
  return parsed.filter;
}

/** A description: at most 255 characters, no control characters. */
export function checkDescription(description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  const text = description.trim();
  if ([...text].length > MAX_DESCRIPTION)
    throw paramsError(`description must be at most ${MAX_DESCRIPTION} characters`);
  if (/\p{Cc}/u.test(text)) throw paramsError('description must not contain control characters');
  return text;
}
