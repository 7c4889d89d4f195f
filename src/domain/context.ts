import type { Store } from '../store/store.js';
import type { Clock } from './clock.js';
import type { DomainOptions } from './options.js';

/** What every use case needs: the store, time, the rules' settings and the machine keys. */
export interface DomainContext {
  readonly store: Store;
  readonly clock: Clock;
  readonly options: DomainOptions;
  /** The first signs, all verify (key rotation). Never empty. */
  readonly machineKeys: readonly string[];
}
