import type { Logger } from 'pino';
import type { Config } from '../config/config.js';

/** The four CAPTCHA flavours a client may announce with `recaptchaType`. */
export type CaptchaKind = 'web' | 'android' | 'ios' | 'hcaptcha';

/**
 * `recaptchaType` → the kind of CAPTCHA: a number (0 web, 1 Android, 2 iOS, 3 hCaptcha) or its
 * name in any case (ONLYOFFICE's enum names Default, AndroidV2, iOSV2, hCaptcha, and the plain
 * words web, android, ios). Absent or empty means web. Undefined for anything else.
 */
export function captchaKind(type: string | undefined): CaptchaKind | undefined {
  const value = (type ?? '').trim().toLowerCase();
  return KIND_NAMES[value === '' ? '0' : value];
}

const KIND_NAMES: Readonly<Record<string, CaptchaKind>> = Object.assign(
  Object.create(null) as Record<string, CaptchaKind>,
  {
    '0': 'web',
    default: 'web',
    web: 'web',
    recaptcha: 'web',
    '1': 'android',
    androidv2: 'android',
    android: 'android',
    '2': 'ios',
    iosv2: 'ios',
    ios: 'ios',
    '3': 'hcaptcha',
    hcaptcha: 'hcaptcha',
  },
);

/** Asks the CAPTCHA provider whether a response token is genuine. */
export interface CaptchaVerifier {
  /** True only when the provider answered 2xx JSON with `"success": true`; never throws. */
  verify(response: string, kind: CaptchaKind, clientIp: string): Promise<boolean>;
}

/**
 * The siteverify protocol shared by reCAPTCHA, hCaptcha and Cloudflare Turnstile: a form-encoded
 * POST of `secret`, `response` and `remoteip`, answered with JSON whose `success` decides.
 * Timeouts, network errors, non-2xx answers and non-JSON bodies all count as "not verified".
 * Neither the secret nor the response token is ever logged.
 */
export function createCaptchaVerifier(settings: Config['captcha'], logger: Logger): CaptchaVerifier {
  return {
    verify: async (response, kind, clientIp) => {
      const secret = secretFor(settings, kind);
      const url = kind === 'hcaptcha' ? settings.hcaptchaVerifyUrl : settings.recaptchaVerifyUrl;
      const verifier = safeOrigin(url);
      if (secret === undefined) {
        logger.warn({ kind }, `CAPTCHA refused: no secret configured for recaptchaType ${kind}`);
        return false;
      }
      let answer: Response;
      try {
        answer = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: new URLSearchParams({ secret, response, remoteip: clientIp }),
          signal: AbortSignal.timeout(settings.timeoutMs),
          redirect: 'error',
        });
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        logger.warn(
          { kind, verifier, reason: timedOut ? 'timeout' : 'network', detail: timedOut ? undefined : describe(error) },
          'CAPTCHA verifier unreachable: response counted as invalid',
        );
        return false;
      }
      let body: unknown;
      try {
        body = await answer.json();
      } catch {
        logger.warn(
          { kind, verifier, status: answer.status },
          'CAPTCHA verifier answered no JSON: response counted as invalid',
        );
        return false;
      }
      if (!answer.ok) {
        logger.warn(
          { kind, verifier, status: answer.status },
          'CAPTCHA verifier answered an error status: response counted as invalid',
        );
        return false;
      }
      const success = typeof body === 'object' && body !== null && (body as { success?: unknown }).success === true;
      if (!success) logger.info({ kind, errorCodes: errorCodesOf(body) }, 'CAPTCHA response rejected by the verifier');
      return success;
    },
  };
}

function secretFor(settings: Config['captcha'], kind: CaptchaKind): string | undefined {
  switch (kind) {
    case 'web':
      return settings.secrets.web;
    case 'android':
      return settings.secrets.android;
    case 'ios':
      return settings.secrets.ios;
    case 'hcaptcha':
      return settings.secrets.hcaptcha;
  }
}

/** The verifier's origin only: a configured URL could carry credentials in its user info. */
function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid URL';
  }
}

/** `error-codes` of a siteverify answer (e.g. invalid-input-response), for the log. */
function errorCodesOf(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return undefined;
  const codes = (body as Record<string, unknown>)['error-codes'];
  return Array.isArray(codes) ? codes.filter((c) => typeof c === 'string').slice(0, 10) : undefined;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
