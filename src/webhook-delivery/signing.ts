import { Webhook } from 'standardwebhooks';

/**
 * Signing follows Standard Webhooks through its reference package, so receivers
 * that verify with `new Webhook(secret).verify(body, headers)` agree with us byte for byte.
 */

/** The three headers that carry a delivery's signature. */
export interface SignatureHeaders {
  readonly 'webhook-id': string;
  readonly 'webhook-timestamp': string;
  readonly 'webhook-signature': string;
}

/** What one signature covers. */
export interface SignatureInput {
  /** The event's id: the same on every retry, so receivers can drop repeats. */
  readonly id: string;
  /** This attempt's time (whole seconds are signed). */
  readonly timestamp: Date;
  /** The exact body that is sent. */
  readonly body: string;
  /** Every secret valid now: the current one, and the previous one for 24 h after a rotation. */
  readonly secrets: readonly string[];
}

/**
 * The Standard Webhooks headers for one attempt; with several secrets the signature header lists
 * one `v1,…` entry per secret, space-separated, so a receiver holding either secret accepts it.
 */
export function signatureHeaders(input: SignatureInput): SignatureHeaders {
  if (input.secrets.length === 0) throw new Error('a webhook delivery needs at least one signing secret');
  const signatures = input.secrets.map((secret) => new Webhook(secret).sign(input.id, input.timestamp, input.body));
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(Math.floor(input.timestamp.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
