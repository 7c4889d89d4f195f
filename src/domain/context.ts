import type { Store } from '../store/store.js';
import type { BrandDirectory } from './brand/brand-directory.js';
import type { ClientDirectory } from './client/client-directory.js';
import type { Clock } from './clock.js';
import type { DomainOptions } from './options.js';
import type { PasswordWork } from './owner/password-work.js';
import type { KeyedDigest } from './tokens/keyed-digest.js';
import type { SecretBox } from './tokens/secret-box.js';
import type { EventSink } from './webhook/domain-event.js';

/** What every use case needs: the store, time, the rules' settings, the machine keys and password hashing. */
export interface DomainContext {
  readonly store: Store;
  readonly clock: Clock;
  readonly options: DomainOptions;
  /** The first signs, all verify (key rotation). Never empty. */
  readonly machineKeys: readonly string[];
  /** Seals and opens secrets kept in the database (under keys derived from the machine keys). */
  readonly secrets: SecretBox;
  /** Keyed digests of idempotent requests' content (never a plain hash of a password). */
  readonly fingerprints: KeyedDigest;
  /** API clients as token checks read them (briefly cached per instance). */
  readonly clients: ClientDirectory;
  /** The operator's and clients' brands as pages and mails read them (briefly cached per instance). */
  readonly brands: BrandDirectory;
  /** Queues webhook events in the transaction of the change that caused them. */
  readonly events: EventSink;
  /** Every password hash runs here, under the server-wide cap on concurrent hashing. */
  readonly passwords: PasswordWork;
}
