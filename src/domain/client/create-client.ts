import { randomBytes } from 'node:crypto';
import { insertClient } from '../../store/repositories/clients.js';
import type { ClientRecord } from '../../store/records.js';
import { isUniqueViolation } from '../../store/store.js';
import type { ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError, paramsError } from '../errors.js';
import { checkClientId, checkClientName, checkQuota } from './client-fields.js';
import { clientSecretContext, generateClientSecret } from './client-secret.js';
import { clientView, type ClientView } from './client-view.js';
import { DEFAULT_SCOPES, parseScopes } from './scopes.js';

/** What client/create accepts. */
export interface NewClientInput {
  readonly name?: string | undefined;
  readonly clientId?: string | undefined;
  readonly scopes?: readonly string[] | undefined;
  readonly maxPortals?: number | undefined;
  readonly rateLimit?: number | undefined;
  readonly partnerId?: string | undefined;
}

/** A new client and its secret: the only time the secret is shown. */
export interface CreatedClient {
  readonly client: ClientView;
  readonly secret: string;
}

/**
 * client/create: a new API client with its own secret (stored sealed), the default scopes unless
 * others are given, and optional quotas. A taken id — a removed client's too — is clientExist.
 */
export async function createClient(
  ctx: DomainContext,
  scope: ChangeScope,
  input: NewClientInput,
): Promise<CreatedClient> {
  const problems: string[] = [];
  const name = checkClientName(input.name, problems);
  const clientId = input.clientId === undefined ? generatedClientId() : checkClientId(input.clientId, problems);
  const maxPortals = checkQuota('maxPortals', input.maxPortals, problems) ?? null;
  const rateLimit = checkQuota('rateLimit', input.rateLimit, problems) ?? null;
  if (problems.length > 0) throw paramsError(...problems);
  const scopes = input.scopes === undefined ? [...DEFAULT_SCOPES] : parseScopes(input.scopes);

  const secret = generateClientSecret();
  const now = ctx.clock.now();
  const client: ClientRecord = {
    clientId,
    name,
    scopes,
    maxPortals,
    rateLimit,
    partnerId: input.partnerId ?? null,
    disabled: false,
    removed: null,
    created: now,
    secretRotated: now,
    secretSealed: ctx.secrets.seal(secret, clientSecretContext(clientId)),
    previousSecretSealed: null,
    previousSecretUntil: null,
  };
  try {
    const made = await ctx.store.transaction(async (tx) => {
      await insertClient(tx, client);
      const created = { client: clientView(client, 0), secret };
      await recordChange(ctx, tx, scope, {
        action: 'client.create',
        clientId,
        changes: {
          clientId: [null, clientId],
          name: [null, name],
          scopes: [null, scopes],
          maxPortals: [null, maxPortals],
          rateLimit: [null, rateLimit],
          partnerId: [null, client.partnerId],
        },
      });
      await scope.beforeCommit?.(tx, created);
      return created;
    });
    // A token tried with this id before it existed left "no such client" in the cache.
    ctx.clients.forget(clientId);
    return made;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('clientExist');
    throw error;
  }
}

/**
 * `client-` and ten random letters and digits: matches the id pattern, and collisions are a
 * unique violation anyway.
 */
function generatedClientId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `client-${[...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}
