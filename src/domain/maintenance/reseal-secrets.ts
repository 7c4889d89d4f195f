import { findClient, listAllClients, updateClient } from '../../store/repositories/clients.js';
import {
  findSetting,
  listSettingsByPrefix,
  saveSetting,
  type SettingCursor,
} from '../../store/repositories/settings.js';
import { findEndpoint, listEndpoints, updateEndpoint } from '../../store/repositories/webhook-endpoints.js';
import { clientSecretContext } from '../client/client-secret.js';
import type { DomainContext } from '../context.js';
import { PROVIDER_KEY_PREFIX, resealedSettingValue } from '../portal/login-provider.js';
import type { SecretBox } from '../tokens/secret-box.js';
import { webhookSecretContext } from '../webhook/webhook-secret.js';

/** The two sealed secrets a client or an endpoint holds. */
interface Sealed {
  readonly secretSealed: string;
  readonly previousSecretSealed: string | null;
}

/**
 * After MACHINE_KEY was rotated (a new first key, the old one still listed), seals every client
 * and webhook secret, and every portal's OAuth provider secret, still sealed under an older key
 * again under the first one, so the old key can later be dropped without losing a client, an
 * endpoint or an owner's sign-in. Each record is re-read and written
 * in its own transaction, so a change made meanwhile is never overwritten. Returns how many were
 * re-sealed.
 */
export async function resealSecrets(ctx: DomainContext): Promise<number> {
  const box = ctx.secrets;
  let count = 0;
  for (const listed of await listAllClients(ctx.store.db)) {
    if (isCurrent(box, listed)) continue;
    await ctx.store.transaction(async (tx) => {
      const client = await findClient(tx, listed.clientId);
      if (client !== undefined)
        await updateClient(tx, { ...client, ...resealed(box, client, clientSecretContext(client.clientId)) });
    });
    ctx.clients.forget(listed.clientId);
    count += 1;
  }
  for (const listed of await listEndpoints(ctx.store.db)) {
    if (isCurrent(box, listed)) continue;
    await ctx.store.transaction(async (tx) => {
      const endpoint = await findEndpoint(tx, listed.id);
      if (endpoint !== undefined)
        await updateEndpoint(tx, { ...endpoint, ...resealed(box, endpoint, webhookSecretContext(endpoint.id)) });
    });
    count += 1;
  }
  // Provider secrets live among the portals' settings (as many as the portals): read only while
  // an older key is still listed, the only time one can be sealed under it.
  if (ctx.machineKeys.length > 1) count += await resealProviderSecrets(ctx);
  return count;
}

/** Settings read per page while looking for provider secrets to re-seal. */
const SETTINGS_PAGE = 500;

async function resealProviderSecrets(ctx: DomainContext): Promise<number> {
  let count = 0;
  let after: SettingCursor | undefined;
  for (;;) {
    const page = await listSettingsByPrefix(ctx.store.db, PROVIDER_KEY_PREFIX, after, SETTINGS_PAGE);
    for (const listed of page) {
      if (resealedSettingValue(ctx.secrets, listed.tenantId, listed.key, listed.value) === undefined) continue;
      await ctx.store.transaction(async (tx) => {
        const value = await findSetting(tx, listed.tenantId, listed.key);
        const resealed =
          value === undefined ? undefined : resealedSettingValue(ctx.secrets, listed.tenantId, listed.key, value);
        if (resealed !== undefined) await saveSetting(tx, listed.tenantId, listed.key, resealed, ctx.clock.now());
      });
      count += 1;
    }
    const last = page[page.length - 1];
    if (last === undefined || page.length < SETTINGS_PAGE) return count;
    after = { tenantId: last.tenantId, key: last.key };
  }
}

function isCurrent(box: SecretBox, record: Sealed): boolean {
  return (
    box.isCurrent(record.secretSealed) &&
    (record.previousSecretSealed === null || box.isCurrent(record.previousSecretSealed))
  );
}

function resealed(box: SecretBox, record: Sealed, context: string): Sealed {
  const again = (sealed: string) => (box.isCurrent(sealed) ? sealed : box.seal(box.open(sealed, context), context));
  return {
    secretSealed: again(record.secretSealed),
    previousSecretSealed: record.previousSecretSealed === null ? null : again(record.previousSecretSealed),
  };
}
