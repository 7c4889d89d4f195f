import { z } from 'zod';
import { parseInput, textList, type RawParams } from '../../params.js';
import { personSchema } from '../../../../wire/person.js';

/** people/find's input: userIds as a JSON array, repeated fields or a comma list. */
export const findInput = z.object({ userIds: textList() });

/** Reads people/find's ids; a bare JSON array body is taken as the userIds list. */
export function readFindInput(raw: RawParams): z.output<typeof findInput> {
  if (raw.bareArray === undefined) return parseInput(findInput, raw);
  return parseInput(findInput, { fields: new Map([['userids', raw.bareArray]]), bareArray: undefined });
}

/**
 * The same list under two names: the Workspace control panel reads `response` (or the bare
 * array), DocSpace-era callers read `result`.
 */
export const findResponse = z.object({ result: z.array(personSchema), response: z.array(personSchema) });
