import type { FastifyInstance } from 'fastify';
import { checkDomain } from '../../../../domain/hosts/check-domain.js';
import { readSetting, sentSettingValue, writeSetting } from '../../../../domain/settings/settings.js';
import { actorOf, logAfter } from '../../actor.js';
import { answerChange } from '../../idempotency.js';
import { endpoint, OPEN, signed } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';
import { presentSetting } from './presenter.js';
import {
  checkDomainInput,
  checkDomainResponse,
  getInput,
  saveInput,
  settingsResponse,
  valueResponse,
} from './schema.js';

const tag = 'settings';

/**
 * settings/save's body may carry a logo of up to 256 KiB as a data URL: 342 KiB of base64, more
 * in a form (each + and / of it is sent as three characters). This route alone takes up to
 * 400 KiB, or BODY_LIMIT when that is larger; every other route keeps BODY_LIMIT.
 */
export const SETTINGS_SAVE_BODY_LIMIT = 400 * 1024;

/** The settings methods: test, get, save, checkdomain. Global settings (tenantId -1) are the operator's. */
export function settingsRoutes(app: FastifyInstance, { ctx, bodyLimit }: RouteDeps): void {
  app.get(
    '/settings/test',
    ...endpoint(
      { tag, summary: 'Liveness of the settings methods', access: OPEN, responses: { 200: valueResponse } },
      async () => ({ value: 'Settings api works' }),
    ),
  );

  app.get(
    '/settings/get',
    ...endpoint(
      {
        tag,
        summary: 'Read a setting (of a portal, or global with tenantId -1; Brand.* keys: a brand)',
        access: signed('portals:read'),
        input: getInput,
        responses: { 200: settingsResponse },
      },
      async ({ key, ...ref }, request) => {
        return presentSetting(await readSetting(ctx, actorOf(request), ref, key));
      },
    ),
  );

  app.post(
    '/settings/save',
    ...endpoint(
      {
        tag,
        summary: 'Write a setting (of a portal, or global with tenantId -1; Brand.* keys: a brand)',
        access: signed('settings'),
        bodyLimit: Math.max(bodyLimit ?? 0, SETTINGS_SAVE_BODY_LIMIT),
        input: saveInput,
        responses: { 200: settingsResponse },
      },
      async ({ key, value, ...ref }, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) =>
            // The key is logged, never the value: settings may hold secrets.
            writeSetting(ctx, scope, ref, key, sentSettingValue(key, value)).then(
              logAfter(request, 'setting saved', () => ({ tenantId: ref.tenantId, portalName: ref.portalName, key })),
            ),
          presentSetting,
        );
      },
    ),
  );

  app.post(
    '/settings/checkdomain',
    ...endpoint(
      {
        tag,
        summary: 'Whether a host name points at this server',
        access: signed('portals:read'),
        input: checkDomainInput,
        responses: { 200: checkDomainResponse },
      },
      async (input) => {
        return { value: await checkDomain(input.hostName) };
      },
    ),
  );
}
