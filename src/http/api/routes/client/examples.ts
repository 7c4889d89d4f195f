import type { RouteExamples } from '../../route-spec.js';

/** Sample calls for the API description (a test checks them against the schemas). */

export const createExamples: RouteExamples = {
  request: { name: 'Billing panel', clientId: 'billing-panel', maxPortals: 100 },
  responses: {
    201: {
      client: {
        clientId: 'billing-panel',
        name: 'Billing panel',
        scopes: ['portals:read', 'portals:write', 'billing'],
        maxPortals: 100,
        rateLimit: null,
        partnerId: null,
        disabled: false,
        created: '2026-11-28T12:00:00.000Z',
        secretRotated: '2026-11-28T12:00:00.000Z',
        portalCount: 0,
      },
      secret: 'WfsGCe_Hj1MaWVi3yVn3iFq6baNH9wqWuAXH8lP-RIc',
    },
  },
};
