import { DomainError } from '../../src/domain/errors.js';
import type { AttemptSubject, Defences } from '../../src/domain/protection/defences.js';

/** How an attempt was counted: the IP, `client:<id>` or `account:<e-mail>`. */
export function subjectKey(subject: AttemptSubject): string {
  if ('ip' in subject) return subject.ip;
  return 'clientId' in subject ? `client:${subject.clientId}` : `account:${subject.account}`;
}

/**
 * Sign-up protection that records every counted attempt and lets everything through, until
 * `block(true)` makes every attempt tooMuchAttempts (Retry-After 42): for tests about what is
 * counted, not about the counters.
 */
export function recordingProtection() {
  const attempts: string[] = [];
  let blocked = false;
  const protection: Defences = {
    countAttempt: async (subject) => {
      attempts.push(subjectKey(subject));
      if (blocked) throw new DomainError('tooMuchAttempts', undefined, { retryAfterSeconds: 42 });
    },
    verifyCaptcha: async () => {},
    countClientCall: async () => {},
    countIdempotencyKey: async () => {},
    countWebhookTest: async () => {},
  };
  return { protection, attempts, block: (value: boolean) => (blocked = value) };
}
