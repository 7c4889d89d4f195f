import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, ChangeScope } from '../../domain/actor.js';
import type { BrandFor } from '../../domain/brand/brand-for.js';
import type { Brand } from '../../domain/brand/brand.js';
import type { Translator } from '../../i18n/index.js';
import type { DomainContext } from '../../domain/context.js';
import type { ConsoleSignIn } from '../../domain/operator/console-sessions.js';
import type { RegistrationHook } from '../../domain/portal/register-portal.js';
import type { Defences } from '../../domain/protection/defences.js';
import type { ConsoleChrome, ConsoleSection, FlashMessage } from './components/index.js';

/** What app.ts gives the console. */
export interface ConsoleOptions {
  readonly ctx: DomainContext;
  readonly protection: Defences;
  /** Queues the activation mail again (resend activation); undefined when mail is off. */
  readonly activationMail: RegistrationHook | undefined;
  /** The mail sender's retry limit: mail past it no longer waits (the overview's backlog). */
  readonly mailMaxAttempts: number;
  /** Where the owner's pages and mails take a brand from (the previews show them). */
  readonly brandFor: BrandFor;
  /** MAIL_FROM: the sender of mails whose brand names none. */
  readonly mailFrom: string;
  /**
   * The owner's pages with sample data, rendered by the pages' own views (http/pages/page-previews.ts),
   * handed in by app.ts: the console and the portal pages never import each other.
   */
  readonly ownerPages: {
    readonly kinds: readonly string[];
    /** The page of `kind`, its style sheets linked under `assetBase`; undefined for an unknown kind. */
    render(kind: string, t: Translator, brand: Brand, assetBase: string): string | undefined;
  };
}

/** What each page's routes are given by console/index.ts. */
export interface ConsoleDeps extends ConsoleOptions {
  /** The signed-in operator of a request that passed the session check. */
  readonly signedIn: (request: FastifyRequest) => ConsoleSignIn;
  /** The operator as the rules see them: reads take this actor… */
  readonly actor: (request: FastifyRequest) => Actor;
  /** …and changes this scope (the same audit records and events as the API's). */
  readonly scope: (request: FastifyRequest) => ChangeScope;
  /** The frame around a signed-in page: navigation, the operator, the session's CSRF token. */
  readonly chrome: (
    request: FastifyRequest,
    current: ConsoleSection | null,
    flash?: readonly FlashMessage[],
  ) => ConsoleChrome;
  /** Sends a page with its status. */
  readonly send: (reply: FastifyReply, status: number, html: string) => FastifyReply;
  /** Answers a page for a record that does not exist (404), inside the frame. */
  readonly notFound: (
    request: FastifyRequest,
    reply: FastifyReply,
    what: string,
    back: { readonly href: string; readonly label: string },
  ) => FastifyReply;
}
