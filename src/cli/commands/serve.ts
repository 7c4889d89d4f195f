import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { SERVER_NODE_FLAGS } from '../../config/node-flags.js';
import type { CliContext } from '../context.js';
import { wholeNumber } from '../context.js';

/**
 * `hosted-api serve`: runs the server (dist/main.js, what `npm start` runs) in a child process
 * with this environment, the options below overriding it; signals are passed on, and the
 * command ends with the server's exit code.
 */
export function serveCommand(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('run the API server (configured by the environment, as for npm start)')
    .option('--port <port>', 'PORT: where to listen', wholeNumber)
    .option('--host <host>', 'HOST: the interface to listen on')
    .option('--data-dir <dir>', 'DATA_DIR: the machine key and the default SQLite database')
    .option('--database-url <url>', 'DATABASE_URL: sqlite:PATH, postgres://… or mysql://…')
    .action(async (options: { port?: number; host?: string; dataDir?: string; databaseUrl?: string }) => {
      const env: NodeJS.ProcessEnv = { ...context.env };
      if (options.port !== undefined) env.PORT = String(options.port);
      if (options.host !== undefined) env.HOST = options.host;
      if (options.dataDir !== undefined) env.DATA_DIR = options.dataDir;
      if (options.databaseUrl !== undefined) env.DATABASE_URL = options.databaseUrl;
      context.status.code = await runServer(env);
    });
}

function runServer(env: NodeJS.ProcessEnv): Promise<number> {
  // The compiled server beside the compiled CLI; from the sources (tests, tsx) through tsx.
  const fromSource = import.meta.url.endsWith('.ts');
  const main = fileURLToPath(new URL(fromSource ? '../../main.ts' : '../../main.js', import.meta.url));
  const args = [...SERVER_NODE_FLAGS, ...(fromSource ? ['--import', 'tsx', main] : [main])];
  const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onTerm = forward('SIGTERM');
  const onInt = forward('SIGINT');
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onInt);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      resolve(code ?? (signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : 1));
    });
    child.on('error', () => resolve(1));
  });
}
