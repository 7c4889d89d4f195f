/** Every event a webhook can carry; a closed set, so a typo is a compile error. */
export const WEBHOOK_EVENT_TYPES = [
  'portal.registered',
  'portal.activated',
  'portal.suspended',
  'portal.resumed',
  'portal.removed',
  'portal.purged',
  'tariff.changed',
  'tariff.due',
  'tariff.overdue',
  'portal.overquota',
  'settings.changed',
  'tariff.due_soon',
  'portal.restored',
  'portal.usage_threshold',
  'webhook.test',
] as const;

/** One event type name. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What an endpoint subscribes to: every type (`*`), or the listed ones. */
export type EventFilter = '*' | readonly WebhookEventType[];

/** True when `text` is one of {@link WEBHOOK_EVENT_TYPES}. */
export function isWebhookEventType(text: string): text is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(text);
}

/**
 * Reads the `events` parameter of webhook/create and webhook/update: `*`, or a list of type names
 * (surrounding spaces ignored, repeats dropped, kept in the order of {@link WEBHOOK_EVENT_TYPES}).
 * A `*` anywhere in the list means every type. Unknown names are reported, each in its own problem.
 */
export function parseEventFilter(
  input: readonly string[] | '*',
): { readonly ok: true; readonly filter: EventFilter } | { readonly ok: false; readonly problems: readonly string[] } {
  if (input === '*') return { ok: true, filter: '*' };
  const names = input.map((name) => name.trim());
  if (names.includes('*')) return { ok: true, filter: '*' };
  const unknown = names.filter((name) => !isWebhookEventType(name));
  if (unknown.length > 0) {
    return {
      ok: false,
      problems: [...new Set(unknown)].map(
        (name) => `${JSON.stringify(name)} is not an event type (known: ${WEBHOOK_EVENT_TYPES.join(', ')}, or *)`,
      ),
    };
  }
  // An endpoint that subscribes to nothing would never hear anything; the caller meant something else.
  if (names.length === 0) return { ok: false, problems: ['give at least one event type, or * for all'] };
  return { ok: true, filter: Object.freeze(WEBHOOK_EVENT_TYPES.filter((type) => names.includes(type))) };
}

/**
 * True when an endpoint with `filter` receives events of `type`. (webhook/test sends its
 * `webhook.test` event to the one endpoint asked for, whatever its filter; that is the caller's rule.)
 */
export function matchesFilter(filter: '*' | readonly string[], type: WebhookEventType): boolean {
  return filter === '*' || filter.includes(type);
}
