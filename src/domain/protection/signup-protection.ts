/**
 * The defences anonymous sign-up gets. The domain decides when they apply; the
 * implementations (attempt counters in the database or Redis, a CAPTCHA verifier over HTTP) are
 * wired in by main.ts.
 */
export interface SignupProtection {
  /** Counts one anonymous attempt from `clientIp`; throws tooMuchAttempts past the limit. */
  countAttempt(clientIp: string): Promise<void>;
  /** Checks the CAPTCHA of an anonymous registration; throws recaptchaInvalid. */
  verifyCaptcha(request: CaptchaRequest): Promise<void>;
}

export interface CaptchaRequest {
  readonly response: string | undefined;
  /** 0 web (default), 1 Android, 2 iOS, 3 hCaptcha. */
  readonly type: string | undefined;
  readonly appKey: string | undefined;
  readonly email: string | undefined;
  readonly clientIp: string;
}
