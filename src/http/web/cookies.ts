/** Just enough cookie handling for the portal pages (two cookies, values we made ourselves). */

/** The session cookie: host-only (no Domain), so each portal host has its own. */
export const SESSION_COOKIE = 'portal_session';
/** A random per-browser value the sign-in form's CSRF token is bound to (there is no session yet). */
export const FORM_COOKIE = 'portal_form';

/** The value of cookie `name` in a Cookie header, if present. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface CookieOptions {
  /** Seconds until the browser drops the cookie; 0 deletes it now. */
  readonly maxAgeSeconds: number;
  /** Secure when the portal is served over https (PUBLIC_SCHEME=https). */
  readonly secure: boolean;
  /** Lax (the default) or Strict: never sent with a request another site started. */
  readonly sameSite?: 'Lax' | 'Strict';
}

/**
 * A Set-Cookie value: HttpOnly (scripts never see it), SameSite=Lax (not sent with cross-site
 * POSTs, still sent when the owner follows a link from a mail), Path=/, Secure over https.
 */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [
    `${name}=${value}`,
    'Path=/',
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    'HttpOnly',
    `SameSite=${options.sameSite ?? 'Lax'}`,
  ];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
