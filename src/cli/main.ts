import { runCli } from './program.js';

/** The `hosted-api` process (bin/hosted-api.js runs this file, compiled). */
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
});
