import { ConfigError, loadConfig, type Config } from './config/config.js';
import { resolveMachineKeys } from './config/machine-key.js';
import { resolveTariffPlans } from './config/tariff-plans.js';
import { buildApp } from './app.js';
import { signAscToken } from './domain/tokens/asc-token.js';
import { systemClock } from './domain/clock.js';
import type { TariffPlan } from './domain/tariff/tariff-plans.js';
import { createLogger } from './logger.js';
import { startMailing } from './mail/mailing.js';
import { startMaintenance } from './maintenance.js';
import { createSignupProtection } from './protection/signup-protection.js';
import { openStore, type Store } from './store/store.js';

/** The process: configuration, database, app, listen, and a clean shutdown on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  let plans: readonly TariffPlan[];
  try {
    config = loadConfig(process.env);
    plans = resolveTariffPlans(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      // contract §10: one clear line per bad variable, no stack trace.
      for (const line of error.problems) process.stderr.write(`config error: ${line}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  const machine = resolveMachineKeys(config.machineKeys, config.dataDir);
  if (machine.generated) printFirstStartHelp(machine.file ?? '', machine.keys[0] ?? '', config);
  if (config.auth.allowSkipDefault) {
    logger.warn('AUTH_ALLOW_SKIP_DEFAULT=true: every method is open without a token. Never use this in production.');
  }

  let store: Store;
  try {
    store = await openStore({
      url: config.databaseUrl,
      poolSize: config.databasePoolSize,
      onConnectionError: (error) => logger.warn({ err: error }, 'an idle database connection was lost; the pool opens a new one when needed'),
    });
  } catch (error) {
    logger.fatal({ err: error }, 'cannot open the database');
    process.stderr.write(`database error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }

  const protection = await createSignupProtection({ config, store, logger });
  // contract §9: with SMTP_URL set, registration queues the activation mail and a background
  // sender delivers it (retrying with backoff); without it no mail is queued.
  const mailing = startMailing({ config, store, clock: systemClock, logger });
  const app = await buildApp({
    config,
    store,
    clock: systemClock,
    logger,
    machineKeys: machine.keys,
    tariffPlans: plans,
    protection,
    onRegistered: mailing.onRegistered,
  });

  // contract §7.6: tombstones are purged after REMOVE_RETENTION_DAYS (with expired links, old mail).
  const maintenance = startMaintenance(
    { store, config, clock: systemClock, machineKeys: machine.keys, tariffPlans: plans },
    logger,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    // A keep-alive connection whose request finishes while closing would otherwise hold the
    // process for the whole keep-alive timeout; close each one as soon as it falls idle.
    const closeIdle = setInterval(() => app.server.closeIdleConnections(), 100);
    try {
      await app.close();
      clearInterval(closeIdle);
      await maintenance.stop();
      await mailing.stop();
      await protection.close();
      await store.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  // The address is in the line (PORT=0 picks a free port: supervisors and tests read it here).
  logger.info({ address, database: store.dialect, baseDomain: config.baseDomain }, 'hosted solution API ready');
}

function printFirstStartHelp(file: string, key: string, config: Config): void {
  const example = signAscToken(key, 'billing', new Date());
  process.stdout.write(
    [
      '',
      `A new machine key was generated and saved to ${file} (mode 0600).`,
      'Sign API calls with it: Authorization: ASC <pkey>:<yyyyMMddHHmmss UTC>:<base64 HMAC-SHA1(key, datetime + "\\n" + pkey)>',
      'For example, in a shell:',
      `  KEY=$(cat ${file}); NOW=$(date -u +%Y%m%d%H%M%S)`,
      `  HASH=$(printf '%s\\n%s' "$NOW" billing | openssl dgst -sha1 -hmac "$KEY" -binary | base64)`,
      `  curl -H "Authorization: ASC billing:$NOW:$HASH" http://${config.host}:${config.port}/api/portal/get`,
      `A token made just now looks like: ${example.replace(/:[^:]+$/, ':…')}`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`fatal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
