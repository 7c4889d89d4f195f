import { ConfigError, loadConfig, type Config } from './config/config.js';
import { signAscToken } from './domain/tokens/asc-token.js';
import { createServer, DatabaseOpenError, type Server } from './server.js';

/** The process: configuration, the server, listen, and a clean shutdown on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  let server: Server;
  try {
    config = loadConfig(process.env);
    server = await createServer(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      // One clear line per bad variable, no stack trace.
      for (const line of error.problems) process.stderr.write(`config error: ${line}\n`);
      process.exit(2);
    }
    if (error instanceof DatabaseOpenError) {
      process.stderr.write(
        `database error: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}\n`,
      );
      process.exit(1);
    }
    throw error;
  }
  const { logger, machineKeys, app } = server;
  if (machineKeys.generated) printFirstStartHelp(machineKeys.file ?? '', machineKeys.keys[0] ?? '', config);
  if (config.auth.allowSkipDefault) {
    logger.warn('AUTH_ALLOW_SKIP_DEFAULT=true: every method is open without a token. Never use this in production.');
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    // A keep-alive connection whose request finishes while closing would otherwise hold the
    // process for the whole keep-alive timeout; close each one as soon as it falls idle.
    const closeIdle = setInterval(() => app.server.closeIdleConnections(), 100);
    try {
      await server.close();
      clearInterval(closeIdle);
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await server.listen();
  // The address is in the line (PORT=0 picks a free port: supervisors and tests read it here).
  logger.info({ address, database: server.store.dialect, baseDomain: config.baseDomain }, 'hosted solution API ready');
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
