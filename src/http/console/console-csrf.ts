import type { FastifyRequest } from 'fastify';
import type { DomainContext } from '../../domain/context.js';
import { CONSOLE_IDLE_MS } from '../../domain/operator/console-sessions.js';
import {
  signConsoleFormToken,
  verifyConsoleFormToken,
  type ConsoleFormBinding,
} from '../../domain/tokens/console-form-token.js';
import { signingKey } from '../../domain/tokens/signed-token.js';
import { formField } from '../web/forms.js';
import { comesFromThisHost } from '../web/origin-check.js';
import { CSRF_FIELD_NAME } from './components/index.js';

/** The console's CSRF defences: a signed token in every form, and the source origin of every POST. */
export interface ConsoleCsrf {
  /** A token for forms bound to `binding`, valid as long as a session can be idle. */
  token(binding: ConsoleFormBinding): string;
  /** Both checks: the POST comes from a page of this host, and carries a valid token for `binding`. */
  isGenuine(request: FastifyRequest, binding: ConsoleFormBinding): boolean;
}

export function consoleCsrf(ctx: DomainContext): ConsoleCsrf {
  return {
    token: (binding) =>
      signConsoleFormToken(signingKey(ctx.machineKeys), binding, new Date(ctx.clock.now().getTime() + CONSOLE_IDLE_MS)),
    isGenuine: (request, binding) => {
      const token = formField(request, CSRF_FIELD_NAME);
      return (
        comesFromThisHost(request) &&
        token !== undefined &&
        verifyConsoleFormToken(ctx.machineKeys, binding, token, ctx.clock.now())
      );
    },
  };
}
