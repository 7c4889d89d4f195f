import type { Config } from '../config/config.js';
import type { Store } from '../store/store.js';
import type { Clock } from './clock.js';
import type { TariffPlan } from './tariff/tariff-plans.js';

/** What every use case needs: the store, the settings, time, the machine keys and the plans. */
export interface DomainContext {
  readonly store: Store;
  readonly config: Config;
  readonly clock: Clock;
  /** The first signs, all verify. */
  readonly machineKeys: readonly string[];
  readonly tariffPlans: readonly TariffPlan[];
}
