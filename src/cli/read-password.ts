import { createInterface } from 'node:readline';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';

/**
 * A password for an admin command, or another secret (`what`: an OAuth provider's client secret):
 * asked for on a terminal without echoing it, or the first line of stdin when that is a pipe
 * (scripts: `printf '%s\n' "$PW" | hosted-api admin create --email …`). Never an option: a secret on
 * the command line lands in the shell history and in `ps`.
 */
export async function readPassword(context: CliContext, prompt: string, what = 'password'): Promise<string> {
  const stdin = context.stdin ?? process.stdin;
  const password = isTerminal(stdin) ? await typedPassword(context, stdin, prompt) : await firstLine(stdin);
  if (password === undefined || password === '')
    throw new UsageError(`no ${what} given (type it at the prompt, or pipe it on stdin)`);
  return password;
}

/** Reads keystrokes in raw mode (nothing is echoed) until Enter; Ctrl-C or Ctrl-D gives up. */
function typedPassword(context: CliContext, input: NodeJS.ReadStream, prompt: string): Promise<string | undefined> {
  context.err(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve) => {
    let typed = '';
    const finish = (value: string | undefined) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      context.err('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(typed);
        if (char === '\u0003' || char === '\u0004') return finish(undefined);
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
      return undefined;
    };
    input.on('data', onData);
  });
}

function isTerminal(stream: NodeJS.ReadStream | NodeJS.ReadableStream): stream is NodeJS.ReadStream {
  return 'isTTY' in stream && stream.isTTY === true;
}

/** The first line of a piped stdin. */
async function firstLine(input: NodeJS.ReadableStream): Promise<string | undefined> {
  const lines = createInterface({ input, terminal: false });
  try {
    for await (const line of lines) return line;
    return undefined;
  } finally {
    lines.close();
  }
}
