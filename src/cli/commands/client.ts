import type { Command } from 'commander';
import { apiAction, given, list, trueOrFalse, wholeNumber, type CliContext } from '../context.js';
import { record } from '../output.js';
import { clientsTable, clientText } from './views.js';

/** `hosted-api client create|list|get|update|rotate|remove`: API clients (operator only). */
export function clientCommands(program: Command, context: CliContext): void {
  const client = program
    .command('client')
    .description("API clients: a reseller's or a panel's own secret, scopes and quotas (operator only)");
  const secretNote = 'The secret is shown only now: keep it (sign as this client with --client and --secret).';

  apiAction(
    context,
    client
      .command('create')
      .description('create an API client and print its secret (shown only once)')
      .argument('<name>', 'a name for people (1–100 characters)')
      .option('--client-id <id>', 'its id (a-z, 0-9, -; generated when absent)')
      .option('--scopes <list>', 'comma-separated scopes (default portals:read,portals:write,billing)', list)
      .option('--max-portals <n>', 'portals it may have at most', wholeNumber)
      .option('--rate-limit <n>', 'signed calls per minute at most', wholeNumber)
      .option('--partner-id <id>', 'stored as partnerId on the portals it registers'),
    async ({ args, options, api }) => {
      const answer = await api().client.create({
        name: args[0],
        ...given(options, ['clientId', 'scopes', 'maxPortals', 'rateLimit', 'partnerId']),
      });
      return { answer, text: `${clientText(answer.client)}${record([['secret', answer.secret]])}${secretNote}\n` };
    },
  );

  apiAction(context, client.command('list').description('every API client, in creation order'), async ({ api }) => {
    const answer = await api().client.list();
    return { answer, text: clientsTable(answer.clients) };
  });

  apiAction(
    context,
    client.command('get').description('one API client').argument('<clientId>'),
    async ({ args, api }) => {
      const answer = await api().client.get({ clientId: args[0] });
      return { answer, text: clientText(answer.client) };
    },
  );

  apiAction(
    context,
    client
      .command('update')
      .description('change an API client: only the fields given change')
      .argument('<clientId>')
      .option('--name <name>')
      .option('--scopes <list>', 'comma-separated scopes (replaces the list)', list)
      .option('--max-portals <n>', 'portals it may have at most', wholeNumber)
      .option('--rate-limit <n>', 'signed calls per minute at most', wholeNumber)
      .option('--partner-id <id>')
      .option('--disabled <true|false>', 'a disabled client cannot sign calls', trueOrFalse),
    async ({ args, options, api }) => {
      const answer = await api().client.update({
        clientId: args[0],
        ...given(options, ['name', 'scopes', 'maxPortals', 'rateLimit', 'partnerId', 'disabled']),
      });
      return { answer, text: clientText(answer.client) };
    },
  );

  apiAction(
    context,
    client
      .command('rotate')
      .description('give an API client a new secret; the old one stays valid for the grace period')
      .argument('<clientId>')
      .option('--grace-minutes <n>', 'how long the old secret still works (0–10080, default 60)', wholeNumber),
    async ({ args, options, api }) => {
      const answer = await api().client.rotate({ clientId: args[0], ...given(options, ['graceMinutes']) });
      return { answer, text: `${clientText(answer.client)}${record([['secret', answer.secret]])}${secretNote}\n` };
    },
  );

  apiAction(
    context,
    client
      .command('remove')
      .description('remove an API client (its tokens stop working; its portals stay)')
      .argument('<clientId>'),
    async ({ args, api }) => {
      const answer = await api().client.remove({ clientId: args[0] });
      return { answer, text: clientText(answer.client) };
    },
  );
}
