import Fastify from 'fastify';

/**
 * The second ceiling of `npm run bench`: the smallest Fastify process there is, answering
 * `{"hello":"world"}` on GET / — what this machine, this Node and this HTTP stack do with no
 * application at all. The app's own bare route (portal/test) is the first ceiling; the ratios to
 * this one say how much of the machine the app's whole path leaves on the table.
 */

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
app.get('/health', async () => ({ status: 'ok' }));

const port = Number(process.env.PORT ?? 0);
await app.listen({ host: process.env.HOST ?? '127.0.0.1', port });
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
