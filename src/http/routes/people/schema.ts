import { z } from 'zod';
import { parseInput, textList, type RawParams } from '../../params.js';

/** people/find's input: userIds as a JSON array, repeated fields or a comma list. */
export const findInput = z.object({ userIds: textList() });

/** Reads people/find's ids; a bare JSON array body is taken as the userIds list. */
export function readFindInput(raw: RawParams): z.output<typeof findInput> {
  if (raw.bareArray === undefined) return parseInput(findInput, raw);
  return parseInput(findInput, { fields: new Map([['userids', raw.bareArray]]), bareArray: undefined });
}

const personSchema = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, link: { type: 'string' } },
} as const;

export const findResponse = {
  200: { type: 'object', properties: { result: { type: 'array', items: personSchema } } },
} as const;
