import type { FastifyRequest } from 'fastify';
import type { DomainContext } from '../../domain/context.js';
import type { ResetMailHook } from '../../domain/owner/password-reset.js';
import type { Defences } from '../../domain/protection/defences.js';
import type { FormGuard } from './form-guard.js';
import type { PageChrome } from './page-chrome.js';
import type { PortalOfRequest } from './portal-guard.js';
import type { SessionCookies } from './session-cookie.js';

/** What each page's routes are given by pages/index.ts. */
export interface PageDeps {
  readonly ctx: DomainContext;
  readonly protection: Defences;
  /** The portal the request was admitted for, with the page frame (see portal-guard.ts). */
  readonly portalOf: (request: FastifyRequest) => PortalOfRequest;
  /** The page frame (language and brand) of any page request. */
  readonly chromeOf: (request: FastifyRequest) => PageChrome;
  readonly sessions: SessionCookies;
  readonly forms: FormGuard;
  /** Queues the password-reset mail; undefined when mail is off. */
  readonly resetMail: ResetMailHook | undefined;
}
