import { z } from 'zod';
import type { UpcomingAction } from '../domain/lifecycle/upcoming-actions.js';
import { named } from './named.js';

/** One thing the lifecycle policy will do (GET lifecycle/upcoming). */
export const upcomingActionSchema = named(
  'UpcomingAction',
  z.object({
    at: z.string(),
    action: z.enum(['reminder', 'suspend', 'remove']),
    /** The rule that will act (the audit log's system actor id then). */
    rule: z.string(),
    tenantId: z.number().int(),
    portalName: z.string(),
    domain: z.string(),
    clientId: z.string().nullable(),
    dueDate: z.string().nullable(),
    daysBefore: z.number().int().nullable(),
  }),
);

/** An upcoming action as the API shows it. */
export function presentUpcomingAction(action: UpcomingAction): z.output<typeof upcomingActionSchema> {
  return {
    at: action.at.toISOString(),
    action: action.action,
    rule: action.rule,
    tenantId: action.tenant.id,
    portalName: action.tenant.alias,
    domain: action.tenant.domain,
    clientId: action.tenant.clientId,
    dueDate: action.dueDate === null ? null : action.dueDate.toISOString(),
    daysBefore: action.daysBefore,
  };
}
