import { createRequire } from 'node:module';

/** One e-mail, already rendered: a plain-text part and an HTML part. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** "Name <address>" (the brand's sender); undefined: the transport's default (MAIL_FROM). */
  readonly from?: string | undefined;
  /** Extra headers, e.g. List-Unsubscribe on notices. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/**
 * The smallest interface the outbox sender needs: deliver one message or throw.
 * SMTP in production; tests may hand in their own.
 */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
  /** Releases connections; the transport is not used afterwards. */
  close(): void;
}

/** Time limits for one SMTP conversation: a dead server fails fast instead of hanging a send. */
export interface SmtpTimeouts {
  readonly connectionMs: number;
  readonly greetingMs: number;
  readonly socketMs: number;
}

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connectionMs: 10_000, greetingMs: 10_000, socketMs: 30_000 };

/** nodemailer loads only with SMTP_URL: otherwise it would add ~5 MB to idle memory (bench/). */
const loadMailer = createRequire(import.meta.url);

/**
 * An SMTP transport from SMTP_URL (`smtp://user:pass@host:587`, or `smtps://` for implicit TLS;
 * plain smtp:// upgrades with STARTTLS when the server offers it), sending as `from` unless a
 * message names its own sender (a brand's).
 */
export function smtpTransport(
  smtpUrl: string,
  from: string,
  timeouts: SmtpTimeouts = DEFAULT_SMTP_TIMEOUTS,
): MailTransport {
  const url = new URL(smtpUrl);
  const nodemailer = loadMailer('nodemailer') as typeof import('nodemailer');
  const transporter = nodemailer.createTransport({
    host: url.hostname,
    port: url.port === '' ? undefined : Number(url.port),
    secure: url.protocol === 'smtps:',
    auth:
      url.username === ''
        ? undefined
        : { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    // Never let nodemailer log the conversation (it would include AUTH lines).
    logger: false,
    debug: false,
  });
  return {
    send: async (message) => {
      await transporter.sendMail({
        from: message.from ?? from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: { ...message.headers },
      });
    },
    close: () => transporter.close(),
  };
}

/**
 * An error as one line fit for a log or the outbox's last_error: credentials that might appear
 * in a URL (`//user:pass@`) or an AUTH exchange are cut out, and the text is bounded.
 */
export function describeMailError(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown } | null;
  const parts: string[] = [];
  if (e && typeof e === 'object') {
    if (typeof e.code === 'string') parts.push(e.code);
    if (typeof e.responseCode === 'number') parts.push(String(e.responseCode));
    if (typeof e.message === 'string') parts.push(e.message);
  } else {
    parts.push(String(error));
  }
  return parts
    .join(' ')
    .replace(/\/\/[^/@\s]*@/g, '//[redacted]@')
    .replace(/\b(AUTH\s+(?:PLAIN|LOGIN|XOAUTH2|CRAM-MD5))\s+\S+/gi, '$1 [redacted]')
    .replace(/\s+/g, ' ')
    .slice(0, 1000);
}
