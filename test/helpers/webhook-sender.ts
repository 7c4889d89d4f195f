import { createLogger } from '../../src/logger.js';
import {
  createDeliverySender,
  type DeliverySender,
  type DeliverySenderTiming,
} from '../../src/webhook-delivery/delivery-sender.js';
import type { TestServer } from './test-server.js';

/**
 * A webhook sender of the test's own over a server's context: for servers whose own sender is
 * idle or on a fixed clock, so the test decides when events are fanned out and posted.
 */
export function ownSender(server: TestServer, timing?: Partial<DeliverySenderTiming>): DeliverySender {
  return createDeliverySender({
    ctx: server.ctx,
    timeoutMs: 5_000,
    retrySchedule: server.config.webhooks.retrySchedule,
    allowPrivate: server.config.webhooks.allowPrivate,
    logger: createLogger('silent'),
    userAgent: 'hosted-solution-api-webhooks/test',
    timing,
  });
}

/** Runs the sender until nothing is due any more. */
export async function drain(sender: DeliverySender): Promise<void> {
  for (let round = 0; round < 100 && (await sender.runOnce()) > 0; round++);
}
