import { z } from 'zod';
import type { FoundPerson } from '../domain/owner/find-people.js';
import { named } from './named.js';

/** One person people/find found: `link` points at the user's portal. */
export const personSchema = named(
  'Person',
  z.object({ id: z.string(), name: z.string(), email: z.string(), link: z.string() }),
);

/** One people/find entry. */
export function presentPerson({ user, portalUrl }: FoundPerson): z.output<typeof personSchema> {
  return {
    id: user.id,
    name: `${user.firstName} ${user.lastName}`.trim(),
    email: user.email,
    link: portalUrl,
  };
}
