import type { RouteExamples } from '../../route-spec.js';
import { sampleTenant } from '../portal/examples.js';

/** Sample calls for the API description (a test checks them against the schemas). */

export const setExamples: RouteExamples = {
  request: { portalName: 'acme-docs', plan: 'business', dueDate: '2027-01-31' },
  responses: {
    200: {
      tenant: { ...sampleTenant, quota: 107374182400 },
      tariff: {
        activeUsers: 100,
        countManager: 100,
        dueDate: '2027-01-31T00:00:00.000Z',
        features: '',
        maxFileSize: 1073741824,
        maxTotalSize: 107374182400,
        state: 1,
        plan: 'business',
      },
      usage: { usedSize: 0, usersCount: 0, roomAdminCount: 0, roomsCount: 0, aiAgentsCount: 0, reported: null },
    },
  },
};
