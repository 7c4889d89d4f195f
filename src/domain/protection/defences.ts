/**
 * The defences anonymous sign-up gets. The domain decides when they apply; the
 * implementations (attempt counters in the database or Redis, a CAPTCHA verifier over HTTP) are
 * wired in by main.ts.
 */
export interface Defences {
  /** Counts one attempt of an anonymous IP (or an API client); throws tooMuchAttempts past the limit. */
  countAttempt(subject: AttemptSubject): Promise<void>;
  /**
   * Counts one new Idempotency-Key of an anonymous IP (each is a stored row for a day), under the
   * same limit as its attempts but counted apart; throws tooMuchAttempts past it.
   */
  countIdempotencyKey(ip: string): Promise<void>;
  /** Counts one signed call of an API client against its `rateLimit` per minute; throws tooMuchAttempts past it. */
  countClientCall(clientId: string, perMinute: number): Promise<void>;
  /**
   * Counts one webhook/test of a caller (`operator` or a client id) against
   * WEBHOOK_TESTS_PER_MINUTE; throws tooMuchAttempts past it.
   */
  countWebhookTest(caller: string): Promise<void>;
  /** Checks the CAPTCHA of an anonymous registration (or just its answer: `answerOnly`); throws recaptchaInvalid. */
  verifyCaptcha(request: CaptchaRequest): Promise<void>;
}

export interface CaptchaRequest {
  readonly response: string | undefined;
  /** 0 web (default), 1 Android, 2 iOS, 3 hCaptcha. */
  readonly type: string | undefined;
  readonly appKey: string | undefined;
  readonly email: string | undefined;
  readonly clientIp: string;
  /**
   * Verify the answer itself, whatever RECAPTCHA_REQUIRED says and without the bypasses (appKey,
   * test e-mail): a CAPTCHA the caller chose to send to get past the attempt limit (portal/signin).
   */
  readonly answerOnly?: boolean | undefined;
}

/**
 * Whose attempts are counted: an anonymous caller by its IP, an API client by its id, or a
 * console account by its e-mail (so another address does not get a fresh count for the same account).
 */
export type AttemptSubject = { readonly ip: string } | { readonly clientId: string } | { readonly account: string };
