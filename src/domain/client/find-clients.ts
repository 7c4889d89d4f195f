import { countClientPortals, findClient, listClients } from '../../store/repositories/clients.js';
import type { ClientRecord } from '../../store/records.js';
import type { Db } from '../../store/store.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { clientView, type ClientView } from './client-view.js';

/** client/get: a client that is not removed, with its portal count. */
export async function getClient(ctx: DomainContext, clientId: string | undefined): Promise<ClientView> {
  const client = await liveClient(ctx.store.db, clientId);
  return viewWithCount(ctx.store.db, client);
}

/** client/list: every client that is not removed, in creation order, with portal counts. */
export async function listApiClients(ctx: DomainContext): Promise<ClientView[]> {
  const clients = await listClients(ctx.store.db);
  const counts = await countClientPortals(
    ctx.store.db,
    clients.map((c) => c.clientId),
  );
  return clients.map((c) => clientView(c, counts.get(c.clientId) ?? 0));
}

/** The stored client named by `clientId`, unless it is unknown or removed (clientNotFound). */
export async function liveClient(db: Db, clientId: string | undefined): Promise<ClientRecord> {
  const id = (clientId ?? '').trim();
  const client = id === '' ? undefined : await findClient(db, id);
  if (client === undefined || client.removed !== null) throw new DomainError('clientNotFound');
  return client;
}

/** A client's view with its current portal count. */
export async function viewWithCount(db: Db, client: ClientRecord): Promise<ClientView> {
  const counts = await countClientPortals(db, [client.clientId]);
  return clientView(client, counts.get(client.clientId) ?? 0);
}

/** Every client that is not removed, by id and name only (a filter's choices: no portal counts to compute). */
export async function listClientChoices(
  ctx: DomainContext,
): Promise<Array<{ readonly clientId: string; readonly name: string }>> {
  return (await listClients(ctx.store.db)).map((c) => ({ clientId: c.clientId, name: c.name }));
}
