import { runCli } from './program.js';

/** The `hosted-api` process (bin/hosted-api.js runs this file, compiled). */

// `hosted-api … | head` closes the pipe early: the reader has what it wanted, so that is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
});
