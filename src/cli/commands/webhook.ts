import type { Command } from 'commander';
import { apiAction, given, list, wholeNumber, type CliContext } from '../context.js';
import { fields, record, table } from '../output.js';

/** `hosted-api webhook create|list|deliveries|redeliver|test`. */

export function webhookCommands(program: Command, context: CliContext): void {
  const webhook = program.command('webhook').description('signed HTTP callbacks on portal events (Standard Webhooks)');

  apiAction(
    context,
    webhook
      .command('create')
      .description('add an endpoint and print its signing secret (shown only once)')
      .argument('<url>', 'where events are posted (http or https)')
      .option('--events <list>', 'comma-separated event types, or * (default)', list)
      .option('--description <text>'),
    async ({ args, options, api }) => {
      const answer = await api().webhook.create({ url: args[0], ...given(options, ['events', 'description']) });
      return { answer, text: `${fields(answer.webhook)}${record([['secret', answer.secret]])}` };
    },
  );

  apiAction(context, webhook.command('list').description('the webhook endpoints'), async ({ api }) => {
    const answer = await api().webhook.list();
    return {
      answer,
      text: table(
        answer.webhooks,
        [
          { heading: 'WEBHOOK', value: (w) => w.webhookId },
          { heading: 'URL', value: (w) => w.url },
          { heading: 'EVENTS', value: (w) => w.events },
          {
            heading: 'DISABLED',
            value: (w) => (w.disabled ? `yes${w.disabledReason ? ` (${w.disabledReason})` : ''}` : 'no'),
          },
          { heading: 'CLIENT', value: (w) => w.clientId },
        ],
        '(no webhooks)',
      ),
    };
  });

  apiAction(
    context,
    webhook
      .command('deliveries')
      .description("an endpoint's deliveries, newest first")
      .argument('<webhookId>')
      .option('--status <status>', 'pending, delivered or failed')
      .option('--limit <n>', 'at most this many', wholeNumber)
      .option('--after <cursor>', 'the next page (the cursor a previous page printed)'),
    async ({ args, options, api }) => {
      const answer = await api().webhook.deliveries({
        webhookId: args[0],
        ...given(options, ['status', 'limit', 'after']),
      });
      const rows = table(
        answer.deliveries,
        [
          { heading: 'DELIVERY', value: (d) => d.deliveryId },
          { heading: 'TYPE', value: (d) => d.type },
          { heading: 'STATUS', value: (d) => d.status },
          { heading: 'ATTEMPTS', value: (d) => d.attempts },
          { heading: 'LAST', value: (d) => d.lastStatusCode ?? d.lastError },
          { heading: 'CREATED', value: (d) => d.created },
        ],
        '(no deliveries)',
      );
      return { answer, text: answer.next ? `${rows}next page: --after ${answer.next}\n` : rows };
    },
  );

  apiAction(
    context,
    webhook.command('redeliver').description('queue a delivery again, at once').argument('<deliveryId>'),
    async ({ args, api }) => {
      const answer = await api().webhook.redeliver({ deliveryId: args[0] });
      return { answer, text: fields(answer.delivery) };
    },
  );

  apiAction(
    context,
    webhook.command('test').description('send a webhook.test event to one endpoint').argument('<webhookId>'),
    async ({ args, api }) => {
      const answer = await api().webhook.test({ webhookId: args[0] });
      return { answer, text: fields(answer.delivery) };
    },
  );
}
