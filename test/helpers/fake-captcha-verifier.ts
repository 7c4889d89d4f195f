import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the in-test verifier answers the next siteverify calls. */
export type VerifierMode =
  | 'success'
  | 'failure'
  /** Answers only after `slowMs` (longer than RECAPTCHA_TIMEOUT_MS in the test). */
  | 'slow'
  | 'server-error'
  | 'not-json';

/** One siteverify call as the verifier received it. */
export interface VerifierCall {
  readonly path: string;
  readonly method: string;
  readonly contentType: string | undefined;
  readonly form: Readonly<Record<string, string>>;
}

/**
 * A real HTTP peer playing the CAPTCHA provider (fake only what leaves the process,
 * with a real peer). Serves /recaptcha/siteverify and /hcaptcha/siteverify alike and records
 * every call.
 */
export interface FakeCaptchaVerifier {
  readonly recaptchaUrl: string;
  readonly hcaptchaUrl: string;
  readonly calls: VerifierCall[];
  mode: VerifierMode;
  slowMs: number;
  /** Stops listening: later calls meet a refused connection (the verifier is down). */
  stop(): Promise<void>;
}

/** Starts the verifier on 127.0.0.1 and a free port. */
export async function startFakeCaptchaVerifier(): Promise<FakeCaptchaVerifier> {
  const calls: VerifierCall[] = [];
  const pending = new Set<NodeJS.Timeout>();
  const state = { mode: 'success' as VerifierMode, slowMs: 3000 };
  const server: Server = createServer((request, response) => {
    void readBody(request).then((text) => {
      calls.push({
        path: request.url ?? '',
        method: request.method ?? '',
        contentType: request.headers['content-type'],
        form: Object.fromEntries(new URLSearchParams(text)),
      });
      const answer = () => {
        switch (state.mode) {
          case 'success':
            return send(200, '{"success":true,"hostname":"localhost"}');
          case 'failure':
            return send(200, '{"success":false,"error-codes":["invalid-input-response"]}');
          case 'server-error':
            return send(500, '{"success":true}');
          case 'not-json':
            return send(200, '<html>success</html>');
          case 'slow': {
            const timer = setTimeout(() => {
              pending.delete(timer);
              send(200, '{"success":true}');
            }, state.slowMs);
            pending.add(timer);
            return;
          }
        }
      };
      const send = (status: number, body: string) => {
        if (!response.destroyed) response.writeHead(status, { 'content-type': 'application/json' }).end(body);
      };
      answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  let stopped = false;
  return {
    recaptchaUrl: `${base}/recaptcha/siteverify`,
    hcaptchaUrl: `${base}/hcaptcha/siteverify`,
    calls,
    get mode() {
      return state.mode;
    },
    set mode(mode: VerifierMode) {
      state.mode = mode;
    },
    get slowMs() {
      return state.slowMs;
    },
    set slowMs(ms: number) {
      state.slowMs = ms;
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
