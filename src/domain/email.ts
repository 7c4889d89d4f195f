/**
 * E-mail addresses are compared without regard to case or surrounding spaces everywhere
 * (sign-in, links, look-ups, the owner's password salt): this is the one place that says how an
 * address is written for comparing and storing.
 */
export function normalizeEmail(value: string | null | undefined): string {
  return (value ?? '').trim().toLowerCase();
}

/** Whether two addresses are the same address. */
export function sameEmail(a: string | null | undefined, b: string | null | undefined): boolean {
  return normalizeEmail(a) === normalizeEmail(b);
}

/**
 * An address as a pattern of test accounts sees it (TEST_EMAIL_REGEX): Gmail ignores dots in the
 * local part (`j.doe@gmail.com` is `jdoe@gmail.com`), so they are removed there before matching, as
 * ONLYOFFICE's server does. Other domains keep theirs: the rule is Gmail's alone.
 */
export function withoutGmailDots(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0 || email.slice(at + 1).toLowerCase() !== 'gmail.com') return email;
  return `${email.slice(0, at).replace(/\./g, '')}${email.slice(at)}`;
}
