import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { SignupProtection } from '../domain/signup-protection.js';
import type { Store } from '../store/store.js';

export interface ProtectionDeps {
  readonly config: Config;
  readonly store: Store;
  readonly logger: Logger;
}

/** The attempt limiter and CAPTCHA verifier of contract §8 (issue 4 fills these in). */
export async function createSignupProtection(deps: ProtectionDeps): Promise<SignupProtection & { close(): Promise<void> }> {
  void deps;
  return {
    countAttempt: async () => {},
    verifyCaptcha: async () => {},
    close: async () => {},
  };
}
