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
