import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BASE_DOMAIN_SETTING, GLOBAL_TENANT_ID } from '../../../domain/hosts/base-domain.js';
import { readSetting, writeSetting } from '../../../domain/settings/settings.js';
import { field } from '../../web/forms.js';
import type { ConsoleDeps } from '../console-deps.js';
import { noticeOf } from '../console-notices.js';
import { consolePaths, withQuery } from '../console-paths.js';
import { formProblems } from '../form-errors.js';
import { settingsPage, type FlashMessage } from '../components/index.js';

/**
 * /console/settings: the global settings — the base domain of new portals (settings/save with
 * tenantId -1 and BaseDomain, checked by the same rule as through the API).
 */
export function settingsPageRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { ctx } = deps;
  const global = { tenantId: GLOBAL_TENANT_ID };

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    form?: { value: string; error?: string | undefined },
    flash: FlashMessage[] = [],
  ) => {
    const saved = await readSetting(ctx, deps.actor(request), global, BASE_DOMAIN_SETTING);
    const current = saved ?? ctx.options.baseDomain;
    return deps.send(
      reply,
      status,
      settingsPage({
        chrome: deps.chrome(request, 'settings', [...noticeOf(request), ...flash]),
        baseDomainAction: consolePaths.baseDomain,
        previewsHref: consolePaths.previews,
        currentBaseDomain: current,
        baseDomainSource: saved === undefined ? 'the BASE_DOMAIN setting' : 'the saved BaseDomain setting',
        baseDomain: form?.value ?? current,
        baseDomainError: form?.error,
      }),
    );
  };

  app.get('/settings', async (request, reply) => render(request, reply, 200));

  app.post('/settings/base-domain', async (request, reply) => {
    const value = (field(request, 'baseDomain') ?? '').trim();
    try {
      await writeSetting(ctx, deps.scope(request), global, BASE_DOMAIN_SETTING, value);
      return reply.redirect(withQuery(consolePaths.settings, { notice: 'base-domain' }), 303);
    } catch (error) {
      const problems = formProblems(error, ['baseDomain'], { aliases: { value: 'baseDomain' } });
      if (problems === undefined) throw error;
      return render(
        request,
        reply,
        400,
        { value, error: problems.fields.baseDomain ?? problems.general[0] },
        problems.fields.baseDomain === undefined ? [] : problems.general.map((text) => ({ kind: 'error', text })),
      );
    }
  });
}
