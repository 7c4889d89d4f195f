import type { PortalBulkParams } from '@hosted-solution-api/client';
import type { Command } from 'commander';
import { apiAction, given, portalRef, trueOrFalse, wholeNumber, type CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { record } from '../output.js';
import { readPassword } from '../read-password.js';
import { jobText, tenantsTable, tenantText } from './views.js';

/**
 * `hosted-api portal register|provision|get|list|status|remove|cancelremoval|restore|protection|bulk|loginlink`.
 */
export function portalCommands(program: Command, context: CliContext): void {
  const portal = program.command('portal').description('register, find, list, suspend or resume, and remove portals');

  apiAction(
    context,
    portal
      .command('register')
      .description('register a portal and its owner (prints the portal and the activation link)')
      .argument('<portal>', 'the portal name (3–63 of a-z, 0-9 and inner -)')
      .requiredOption('--email <email>', "the owner's e-mail")
      .requiredOption('--first-name <name>', "the owner's first name")
      .requiredOption('--last-name <name>', "the owner's last name")
      .option('--password <password>', 'the owner is activated with this password (else the link lets them set one)')
      .option('--language <code>', 'e.g. en-US (default) or de-DE')
      .option('--time-zone-name <zone>', 'an IANA time zone, e.g. Europe/Berlin')
      .option('--phone <phone>')
      .option('--partner-id <id>')
      .option('--affiliate-id <id>')
      .option('--campaign <name>')
      .option('--region <name>'),
    async ({ args, options, api }) => {
      const answer = await api().portal.register({
        portalName: args[0],
        ...given(options, [
          'email',
          'firstName',
          'lastName',
          'password',
          'language',
          'timeZoneName',
          'phone',
          'partnerId',
          'affiliateId',
          'campaign',
          'region',
        ]),
      });
      return { answer, text: `${tenantText(answer.tenant)}${record([['activation', answer.reference]])}` };
    },
  );

  apiAction(
    context,
    portal
      .command('provision')
      .description(
        "register a portal whose owner signs in with an OAuth provider (a generated name); the provider's client " +
          'secret is asked for at the terminal, or read from the first line of stdin — never an option',
      )
      .requiredOption('--email <email>', "the owner's e-mail")
      .requiredOption('--provider <name>', 'the OAuth provider: google, microsoft, nextcloud, … (LOGIN_PROVIDERS)')
      .requiredOption('--provider-client-id <id>', "the provider's client id for this portal")
      .option('--base-url <url>', "the provider's address (e.g. a Nextcloud server)")
      .option('--redirect-uri <url>', 'where the provider sends the owner back')
      .option('--csp-domain <host>', "a domain the portal's pages may load from (CspDomains)")
      .option('--first-name <name>', "the owner's first name (default Administrator)")
      .option('--last-name <name>', "the owner's last name")
      .option('--language <code>', 'e.g. en-US (default) or de-DE')
      .option('--time-zone-name <zone>', "an IANA time zone (default: the language's)")
      .option('--phone <phone>')
      .option('--partner-id <id>')
      .option('--affiliate-id <id>')
      .option('--campaign <name>')
      .option('--skip-welcome', 'send the owner no activation mail'),
    async ({ options, api }) => {
      const clientSecret = await readPassword(
        context,
        `Client secret of ${String(options.provider)}: `,
        'client secret',
      );
      const answer = await api().portal.provision({
        ...given(options, [
          'email',
          'firstName',
          'lastName',
          'language',
          'timeZoneName',
          'phone',
          'partnerId',
          'affiliateId',
          'campaign',
          'skipWelcome',
        ]),
        provider: {
          name: String(options.provider),
          clientId: String(options.providerClientId),
          clientSecret,
          ...given(options, ['baseUrl', 'redirectUri', 'cspDomain']),
        },
      });
      return {
        answer,
        text: `${tenantText(answer.tenant)}${record([
          ['provider', String(options.provider).toLowerCase()],
          ['activation', answer.reference],
        ])}`,
      };
    },
  );

  apiAction(
    context,
    portal
      .command('get')
      .description('one portal, with its owner and tariff')
      .argument('[portal]', 'the portal name or domain')
      .option('--tenant-id <id>', 'the portal by id instead', wholeNumber),
    async ({ args, options, api }) => {
      const answer = await api().portal.get({ ...portalRef(args[0], options), status: 'all', statistics: true });
      const [tenant] = answer.tenants;
      return { answer, text: tenant === undefined ? '(no such portal)\n' : tenantText(tenant) };
    },
  );

  apiAction(
    context,
    portal
      .command('list')
      .description('list portals (Active by default), in id order')
      .option('--status <status>', 'Active, Suspended, RemovePending or all')
      .option('--email <email>', "only the portals of this owner's e-mail")
      .option('--client-id <id>', 'only the portals of this API client')
      .option('--count <n>', 'at most this many', wholeNumber)
      .option('--start-index <n>', 'skip this many first', wholeNumber)
      .option('--plan <plan>', 'only the portals on this plan')
      .option('--near-quota', 'only the portals past a usage threshold')
      .option('--statistics', 'with owner and tariff'),
    async ({ options, api }) => {
      const answer = await api().portal.get(
        given(options, ['status', 'email', 'clientId', 'count', 'startIndex', 'plan', 'nearQuota', 'statistics']),
      );
      return { answer, text: tenantsTable(answer.tenants) };
    },
  );

  apiAction(
    context,
    portal
      .command('status')
      .description('suspend or resume a portal: portal status Suspended <portal>')
      .argument('<status>', 'Suspended or Active (any case)')
      .argument('[portal]', 'the portal name or domain')
      .option('--tenant-id <id>', 'the portal by id instead', wholeNumber)
      .option('--reason <text>', 'why (stored with the portal)'),
    async ({ args, options, api }) => {
      const answer = await api().portal.status({
        ...portalRef(args[1], options),
        status: args[0],
        ...given(options, ['reason']),
      });
      return { answer, text: tenantText(answer.tenant) };
    },
  );

  apiAction(
    context,
    portal
      .command('remove')
      .description('remove a portal (its name is free at once; restorable until it is purged), or schedule it (--at)')
      .argument('[portal]', 'the portal name or domain')
      .option('--tenant-id <id>', 'the portal by id instead', wholeNumber)
      .option('--at <time>', 'remove it then instead (a future ISO 8601 time, e.g. 2027-01-31T18:00:00Z)'),
    async ({ args, options, api }) => {
      const answer = await api().portal.remove({ ...portalRef(args[0], options), ...given(options, ['at']) });
      return { answer, text: tenantText(answer.tenant) };
    },
  );

  apiAction(
    context,
    portal
      .command('cancelremoval')
      .description("cancel a portal's scheduled removal")
      .argument('[portal]', 'the portal name or domain')
      .option('--tenant-id <id>', 'the portal by id instead', wholeNumber),
    async ({ args, options, api }) => {
      const answer = await api().portal.cancelremoval(portalRef(args[0], options));
      return { answer, text: tenantText(answer.tenant) };
    },
  );

  apiAction(
    context,
    portal
      .command('restore')
      .description('bring a removed portal back as it was (until it is purged; its name must be free)')
      .requiredOption('--tenant-id <id>', 'the removed portal (by id: its name may be taken by now)', wholeNumber),
    async ({ options, api }) => {
      const answer = await api().portal.restore({ tenantId: options.tenantId as number });
      return { answer, text: tenantText(answer.tenant) };
    },
  );

  apiAction(
    context,
    portal
      .command('protection')
      .description('protect a portal against removal, or lift it: portal protection on <portal>')
      .argument('<on|off>', 'on (true) protects, off (false) lifts the protection', trueOrFalse)
      .argument('[portal]', 'the portal name or domain')
      .option('--tenant-id <id>', 'the portal by id instead', wholeNumber),
    async ({ args, options, api }) => {
      const answer = await api().portal.protection({
        ...portalRef(args[1], options),
        protected: trueOrFalse(args[0] ?? ''),
      });
      return { answer, text: tenantText(answer.tenant) };
    },
  );

  apiAction(
    context,
    portal
      .command('bulk')
      .description('suspend, resume, change the tariff of, or remove every portal a filter selects (a background job)')
      .argument('<action>', 'suspend, resume, tariff or remove')
      .option('--status <status>', 'filter: Active (default; Suspended for resume), Suspended, RemovePending or all')
      .option('--plan <plan>', 'filter: portals on this plan')
      .option('--client-id <id>', 'filter: portals of this API client')
      .option('--email <email>', "filter: portals of this owner's e-mail")
      .option('--over-quota', 'filter: portals over their storage quota')
      .option('--near-quota', 'filter: portals past a usage threshold')
      .option('--reason <text>', 'suspend and resume: stored with the status')
      .option('--new-plan <plan>', 'tariff: the plan to apply')
      .option('--tariff <json>', 'tariff: tariff/set fields as JSON, e.g. \'{"activeUsers": 50}\''),
    async ({ args, options, api }) => {
      let tariff: unknown;
      if (options.tariff !== undefined) {
        try {
          tariff = JSON.parse(String(options.tariff));
        } catch {
          throw new UsageError('--tariff: not valid JSON');
        }
      }
      const answer = await api().portal.bulk({
        action: args[0],
        filter: {
          ...given(options, ['status', 'plan', 'clientId', 'email']),
          ...(options.overQuota === true ? { overQuota: true } : {}),
          ...(options.nearQuota === true ? { nearQuota: true } : {}),
        },
        ...given(options, ['reason']),
        ...(options.newPlan !== undefined ? { plan: String(options.newPlan) } : {}),
        ...(tariff !== undefined ? { tariff: tariff as PortalBulkParams['tariff'] } : {}),
      });
      return { answer, text: jobText(answer.job) };
    },
  );

  apiAction(
    context,
    portal
      .command('loginlink')
      .description("a one-time link that signs the portal's owner in (POST portal/loginlink)")
      .argument('[portal]', 'the portal name or domain')
      .option('--tenant-id <id>', 'the portal by id instead', wholeNumber)
      .option('--ttl <seconds>', 'how long the link is valid (30–3600, default 300)', wholeNumber),
    async ({ args, options, api }) => {
      const answer = await api().portal.loginlink({ ...portalRef(args[0], options), ...given(options, ['ttl']) });
      return {
        answer,
        text: record([
          ['link', answer.link],
          ['expiresAt', answer.expiresAt],
        ]),
      };
    },
  );
}
