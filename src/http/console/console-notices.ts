import type { FastifyRequest } from 'fastify';
import { field } from '../web/forms.js';
import type { FlashMessage } from './components/index.js';

/**
 * The one-line confirmations a page shows after a change redirected to it (`?notice=<code>`).
 * Only these fixed texts can appear: a crafted link can choose among them, never write one.
 */
const NOTICES = {
  suspended: 'The portal is suspended.',
  resumed: 'The portal is active again.',
  removed: 'The portal is removed. Its name is free again.',
  tariff: 'The tariff is saved.',
  restored: 'The portal is restored as it was.',
  protected: 'The portal is protected: it cannot be removed until the protection is lifted.',
  unprotected: 'The protection is lifted: the portal can be removed again.',
  'removal-cancelled': 'The scheduled removal is cancelled.',
  'job-cancelled': 'The bulk job is cancelled: it stops before its next portal.',
  'client-saved': 'The client is saved.',
  'client-disabled': 'The client is disabled: its tokens are refused and its webhook endpoints are paused.',
  'client-enabled': 'The client is enabled again.',
  'client-removed': 'The client is removed. Its portals keep working.',
  'webhook-saved': 'The endpoint is saved.',
  'webhook-paused': 'Deliveries to this endpoint are paused.',
  'webhook-resumed': 'Deliveries to this endpoint are resumed.',
  'webhook-removed': 'The endpoint is removed.',
  'webhook-test': 'A webhook.test event is queued for this endpoint.',
  redelivered: 'The delivery is queued again.',
  'base-domain': 'The base domain is saved. Portals registered from now on get it.',
  'brand-saved': 'The brand is saved. Pages and mails show it within a few seconds.',
  'signed-out': 'You are signed out.',
  expired: 'Your session has ended. Sign in again.',
} as const satisfies Record<string, string>;

export type NoticeCode = keyof typeof NOTICES;

/** The confirmation named by the request's `notice`, if it is one of ours. */
export function noticeOf(request: FastifyRequest): FlashMessage[] {
  const code = field(request, 'notice');
  if (code === undefined || !Object.hasOwn(NOTICES, code)) return [];
  return [{ kind: 'success', text: NOTICES[code as NoticeCode] }];
}

/** The text of a notice (the sign-in page shows it as a note). */
export function noticeText(code: string | undefined): string | null {
  return code !== undefined && Object.hasOwn(NOTICES, code) ? NOTICES[code as NoticeCode] : null;
}
