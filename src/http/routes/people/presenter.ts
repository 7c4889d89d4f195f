import type { FoundPerson } from '../../../domain/owner/find-people.js';

/** One people/find entry: link points at the user's portal. */
export function presentPerson({ user, portalUrl }: FoundPerson) {
  return {
    id: user.id,
    name: `${user.firstName} ${user.lastName}`.trim(),
    email: user.email,
    link: portalUrl,
  };
}
