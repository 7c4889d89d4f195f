import { loadConfig, type Config } from '../config/config.js';
import { brandFor } from '../domain/brand/brand-for.js';
import type { Brand } from '../domain/brand/brand.js';
import { isPageKind, PAGE_KINDS, previewPage } from '../http/pages/page-previews.js';
import { translator } from '../i18n/index.js';
import { createLogger } from '../logger.js';
import { isMailKind, previewMail, type MailPreview } from '../mail/render/mail-preview.js';
import { MAIL_KINDS } from '../mail/render/owner-mails.js';
import { openDomain } from '../server.js';
import { findClient } from '../store/repositories/clients.js';
import { UsageError } from './errors.js';

/**
 * `hosted-api preview mail|page`: what an owner would receive or see, rendered with the sample
 * owner and portal in a language and a brand (the operator's, or an API client's with --client),
 * read from the database with the server's configuration. Read-only: nothing is queued or sent.
 */

export interface PreviewOptions {
  /** Any language tag; the best catalog is used (English for an unknown one). */
  readonly language?: string | undefined;
  /** The API client whose brand to show; the operator's when absent. */
  readonly clientId?: string | undefined;
  readonly config?: Config;
  /** The environment the configuration is read from when none is given: the process's by default. */
  readonly env?: NodeJS.ProcessEnv;
}

/** A mail of `kind`: its headers, text part and HTML part. Throws UsageError for an unknown kind or client. */
export async function previewMailCommand(name: string, options: PreviewOptions): Promise<MailPreview> {
  const kind = camelCase(name);
  if (!isMailKind(kind)) throw unknown('mail', kind, MAIL_KINDS);
  const config = options.config ?? loadConfig(options.env ?? process.env);
  const brand = await brandOf(config, options.clientId);
  return previewMail(kind, translator(options.language ?? 'en'), brand, config.mail.from);
}

/** A page of `kind` as HTML. */
export async function previewPageCommand(name: string, options: PreviewOptions): Promise<string> {
  const kind = camelCase(name);
  if (!isPageKind(kind)) throw unknown('page', kind, PAGE_KINDS);
  const config = options.config ?? loadConfig(options.env ?? process.env);
  const brand = await brandOf(config, options.clientId);
  return previewPage(kind, translator(options.language ?? 'en'), brand, config.password);
}

/** A mail preview as text: the headers, a blank line, the text part (or the HTML part). */
export function formatMailPreview(preview: MailPreview, part: 'text' | 'html'): string {
  if (part === 'html') return `${preview.mail.html.value}\n`;
  return `${preview.headers.map(([name, value]) => `${name}: ${value}`).join('\n')}\n\n${preview.mail.text}\n`;
}

async function brandOf(config: Config, clientId: string | undefined): Promise<Brand> {
  const domain = await openDomain(config, { logger: createLogger('error') });
  try {
    if (clientId !== undefined && (await findClient(domain.ctx.store.db, clientId)) === undefined)
      throw new UsageError(`there is no API client ${clientId}`);
    return await brandFor(domain.ctx, domain.ctx.store.db, { clientId: clientId ?? null });
  } finally {
    await domain.close();
  }
}

function unknown(what: string, kind: string, kinds: readonly string[]): UsageError {
  return new UsageError(`there is no ${what} ${kind}; choose one of ${kinds.join(', ')}`);
}

/** `usage-alert` and `usageAlert` alike: shells favour the first, the kinds are named the second way. */
function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}
