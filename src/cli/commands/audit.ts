import type { AuditEvent } from '@hosted-solution-api/client';
import type { Command } from 'commander';
import { apiAction, given, wholeNumber, type CliContext } from '../context.js';
import { cell, table } from '../output.js';

/** `hosted-api audit list`: who changed what, newest first. */
export function auditCommands(program: Command, context: CliContext): void {
  const audit = program.command('audit').description('the audit log');
  apiAction(
    context,
    audit
      .command('list')
      .description('audit records, newest first, a page at a time')
      .option('--portal <name>', "one portal's records")
      .option('--tenant-id <id>', "one portal's records, by id", wholeNumber)
      .option('--action <action>', 'e.g. portal.register, tariff.set')
      .option('--actor-type <type>', 'operator, client, owner, anonymous or system')
      .option('--actor-id <id>', "the actor's id (a client id, the operator's token name…)")
      .option('--from <iso>', 'not before this time')
      .option('--to <iso>', 'not after this time')
      .option('--limit <n>', 'at most this many (1–1000, default 100)', wholeNumber)
      .option('--after <cursor>', 'the next page (the cursor a previous page printed)'),
    async ({ options, api }) => {
      const params = {
        ...given(options, ['tenantId', 'action', 'actorType', 'actorId', 'from', 'to', 'limit', 'after']),
        ...(options.portal === undefined ? {} : { portalName: options.portal as string }),
      };
      const answer = await api().audit.list(params);
      const rows = table<AuditEvent>(
        answer.events,
        [
          { heading: 'AT', value: (e) => e.at },
          { heading: 'ACTION', value: (e) => e.action },
          { heading: 'ACTOR', value: (e) => `${e.actor.type}${e.actor.id ? `:${e.actor.id}` : ''}` },
          { heading: 'PORTAL', value: (e) => e.portalName ?? e.tenantId },
          {
            heading: 'CHANGES',
            value: (e) =>
              Object.entries(e.changes)
                .map(([field, [before, after]]) => `${field}: ${cell(before)} → ${cell(after)}`)
                .join('; '),
          },
        ],
        '(no records)',
      );
      return { answer, text: answer.next ? `${rows}next page: --after ${answer.next}\n` : rows };
    },
  );
}
