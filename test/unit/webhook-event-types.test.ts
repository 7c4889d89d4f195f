import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  WEBHOOK_EVENT_TYPES,
  isWebhookEventType,
  matchesFilter,
  parseEventFilter,
  type EventFilter,
} from '../../src/domain/webhook/event-types.js';

function filter(input: readonly string[] | '*'): EventFilter {
  const parsed = parseEventFilter(input);
  assert.ok(parsed.ok, `expected ${JSON.stringify(input)} to parse`);
  return parsed.filter;
}

describe('webhook event types and filters', () => {
  test('the closed set has the fifteen types, each once', () => {
    assert.equal(WEBHOOK_EVENT_TYPES.length, 15);
    assert.equal(new Set(WEBHOOK_EVENT_TYPES).size, 15);
    assert.ok(isWebhookEventType('tariff.overdue'));
    assert.ok(!isWebhookEventType('tariff.paid'));
    assert.ok(!isWebhookEventType('*'));
  });

  test('* and a list containing * mean every type', () => {
    assert.equal(filter('*'), '*');
    assert.equal(filter(['portal.registered', ' * ']), '*');
  });

  test('a list is trimmed, freed of repeats and put in the canonical order', () => {
    assert.deepEqual(filter([' tariff.changed', 'portal.registered', 'tariff.changed ']), [
      'portal.registered',
      'tariff.changed',
    ]);
  });

  test('unknown names are each reported once', () => {
    const parsed = parseEventFilter(['portal.registered', 'portal.deleted', 'Portal.Registered', 'portal.deleted']);
    assert.ok(!parsed.ok);
    assert.equal(parsed.problems.length, 2);
    assert.match(parsed.problems[0] ?? '', /^"portal\.deleted" is not an event type \(known: portal\.registered, /);
    assert.match(parsed.problems[1] ?? '', /^"Portal\.Registered" is not an event type/);
  });

  test('an empty list is refused', () => {
    const parsed = parseEventFilter([]);
    assert.ok(!parsed.ok);
    assert.match(parsed.problems[0] ?? '', /at least one event type/);
  });

  test('a filter matches its types only; * matches all', () => {
    const some = filter(['portal.suspended', 'portal.resumed']);
    assert.ok(matchesFilter(some, 'portal.suspended'));
    assert.ok(!matchesFilter(some, 'portal.removed'));
    for (const type of WEBHOOK_EVENT_TYPES) assert.ok(matchesFilter('*', type));
  });
});
