import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Brand } from '../../../domain/brand/brand.js';
import { PORTAL_STYLESHEET, serveBrandStylesheets, serveStylesheet } from '../../web/stylesheets.js';
import { PAGE_POLICY } from '../../web/security-headers.js';
import { CATALOGS, languageList, translator } from '../../../i18n/index.js';
import { isMailKind, previewMail } from '../../../mail/render/mail-preview.js';
import { MAIL_KINDS } from '../../../mail/render/owner-mails.js';
import { listClients } from '../../../store/repositories/clients.js';
import type { SelectOption } from '../components/view-models.js';
import type { ConsoleDeps } from '../console-deps.js';
import { consolePaths, withQuery } from '../console-paths.js';
import { previewPage } from './preview-view.js';

/**
 * /console/settings/previews: every owner mail and page, in every language, in the operator's
 * brand or an API client's, with sample data (read-only). The mail's HTML part or the page is
 * shown in a sandboxed frame loading /console/settings/previews/frame, which answers under a
 * policy of its own: no scripts, inline styles (mail HTML is styled inline), framed only by the
 * console.
 */
export function previewPageRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { ctx } = deps;
  const SUBJECTS = subjectsOf(deps.ownerPages.kinds);

  const choice = async (request: FastifyRequest) => {
    const query = request.query as Record<string, string | undefined>;
    const subject = SUBJECTS.some((s) => s.value === query.subject) ? String(query.subject) : 'mail:activation';
    const language = CATALOGS.has(query.language ?? '') ? String(query.language) : 'en';
    const clients = await listClients(ctx.store.db);
    const brandKey = clients.some((c) => c.clientId === query.brand) ? String(query.brand) : '';
    const brand: Brand = await deps.brandFor(ctx, ctx.store.db, { clientId: brandKey === '' ? null : brandKey });
    return { subject, language, brandKey, brand, clients };
  };

  app.get('/settings/previews', async (request, reply) => {
    const { subject, language, brandKey, brand, clients } = await choice(request);
    const [what, kind] = subject.split(':') as [string, string];
    const mail =
      what === 'mail' && isMailKind(kind) ? previewMail(kind, translator(language), brand, deps.mailFrom) : undefined;
    // The console page frames the preview: its policy allows frames from this host, nothing else changes.
    reply.header(
      'content-security-policy',
      PAGE_POLICY.replace("default-src 'none';", "default-src 'none'; frame-src 'self';"),
    );
    return deps.send(
      reply,
      200,
      previewPage({
        chrome: deps.chrome(request, 'settings'),
        action: consolePaths.previews,
        subjects: SUBJECTS,
        languages: languageList().map((l) => ({ value: l.tag, label: `${l.name} (${l.tag})` })),
        brands: [
          { value: '', label: "The operator's brand" },
          ...clients.map((c) => ({ value: c.clientId, label: `${c.name} (${c.clientId})` })),
        ],
        subject,
        language,
        brand: brandKey,
        frameSrc: withQuery(`${consolePaths.previews}/frame`, { subject, language, brand: brandKey }),
        mail: mail === undefined ? undefined : { headers: mail.headers, text: mail.mail.text },
      }),
    );
  });

  app.get('/settings/previews/frame', async (request, reply) => {
    const { subject, language, brand } = await choice(request);
    const [what, kind] = subject.split(':') as [string, string];
    const t = translator(language);
    const body =
      what === 'mail' && isMailKind(kind)
        ? previewMail(kind, t, brand, deps.mailFrom).mail.html.value
        : (deps.ownerPages.render(kind, t, brand, ASSETS) ?? '');
    reply.header('content-security-policy', FRAME_POLICY);
    reply.header('x-frame-options', 'SAMEORIGIN');
    return deps.send(reply, 200, body);
  });
}

/**
 * The portal pages' style sheets, served for the page previews under the previews' path. Public,
 * like the console's own sheet: the sandboxed frame's requests carry no session cookie.
 */
export async function previewAssetRoutes(app: FastifyInstance): Promise<void> {
  const base = ASSETS.slice(CONSOLE_PREFIX.length);
  serveStylesheet(app, `${base}${PORTAL_STYLESHEET.href}`, PORTAL_STYLESHEET);
  await app.register(async (assets) => serveBrandStylesheets(assets), { prefix: base });
}

const CONSOLE_PREFIX = '/console';
/** Where a previewed page links its style sheets. */
const ASSETS = `${consolePaths.previews}/assets`;

/**
 * The frame's policy: no scripts (nothing but styles and images is allowed), inline styles for
 * mail HTML, images from anywhere a mail may load its logo, shown only inside the console, and
 * sandboxed even if opened on its own.
 */
const FRAME_POLICY =
  "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' https: http: data:; " +
  "form-action 'none'; frame-ancestors 'self'; base-uri 'none'; sandbox";

/** Everything that can be previewed: the mails, then the pages. */
function subjectsOf(pageKinds: readonly string[]): readonly SelectOption[] {
  return [
    ...MAIL_KINDS.map((kind) => ({ value: `mail:${kind}`, label: `Mail: ${kind}` })),
    ...pageKinds.map((kind) => ({ value: `page:${kind}`, label: `Page: ${kind}` })),
  ];
}
