import { openStore } from '../../src/store/store.js';

/**
 * A stand-in for a server instance starting up: waits until the agreed moment (so several of
 * these really start together), opens the store (running migrations) and closes it.
 * Usage: node --import tsx test/helpers/open-store-process.ts <DATABASE_URL> <start at, epoch ms>
 */
const [url, startAt] = process.argv.slice(2);
if (url === undefined || startAt === undefined) {
  process.stderr.write('usage: open-store-process.ts <DATABASE_URL> <start at, epoch ms>\n');
  process.exit(2);
}
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const store = await openStore({ url, poolSize: 2 });
await store.close();
process.stdout.write('migrated\n');
