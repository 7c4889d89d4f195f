import type { RouteExamples } from '../../route-spec.js';

/** Sample calls for the API description (a test checks them against the schemas). */

const OWNER_ID = 'e96290af-bc5a-4c11-8a51-df351a0021bd';

/** A tenant as every portal method answers it. */
export const sampleTenant = {
  tenantId: 1,
  portalName: 'acme-docs',
  domain: 'acme-docs.localhost',
  name: 'acme-docs',
  status: 'Active',
  created: '2026-11-28T12:00:00.000Z',
  statusChanged: '2026-11-28T12:00:00.000Z',
  language: 'en-US',
  timeZoneName: 'UTC',
  ownerId: OWNER_ID,
  industry: 0,
  partnerId: null,
  affiliateId: null,
  campaign: null,
  region: null,
  clientId: null,
  quota: 1099511627775,
  usedSize: 0,
  timeZoneId: 'UTC',
  hostedRegion: null,
  mappedDomain: null,
  paymentId: null,
  customQuota: 1099511627775,
  removalScheduledAt: null,
  protected: false,
};

export const registerExamples: RouteExamples = {
  request: {
    portalName: 'acme-docs',
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    password: 'correct horse battery',
  },
  responses: {
    201: {
      reference:
        'http://acme-docs.localhost:8092/confirm?type=Auth&email=ada%40example.com&key=1796364467.6tb7AFogpspOZozC4Z-mBqKsWc66iSVwchWzWfxRL4s',
      tenant: sampleTenant,
    },
  },
};

export const getExamples: RouteExamples = {
  request: { portalName: 'acme-docs', statistics: true },
  responses: {
    200: {
      tenants: [
        {
          ...sampleTenant,
          owner: { id: OWNER_ID, email: 'ada@example.com', displayName: 'Ada Lovelace' },
          tariff: {
            activeUsers: 10000,
            countManager: 10000,
            dueDate: null,
            features: '',
            maxFileSize: 1073741824,
            maxTotalSize: 1099511627775,
            state: 1,
            plan: 'default',
          },
          quotaUsage: {
            tenantId: 1,
            tenantAlias: 'acme-docs',
            tenantDomain: 'acme-docs.localhost',
            storageSize: 1099511627775,
            usedSize: 0,
            maxUsers: 10000,
            usersCount: 0,
            maxRoomAdminsCount: 10000,
            roomAdminCount: 0,
            roomsCount: 0,
            maxRoomsCount: -1,
            aiAgentsCount: 0,
            maxAIAgentsCount: -1,
          },
          wizardSettings: { completed: false, lastModified: '2026-11-28T12:00:00.000Z' },
        },
      ],
    },
  },
};

export const provisionExamples: RouteExamples = {
  request: {
    email: 'ada@example.com',
    provider: {
      name: 'nextcloud',
      clientId: 'docspace-acme',
      clientSecret: 'the provider secret',
      baseUrl: 'https://cloud.example.com',
      redirectUri: 'https://docspace-nextcloud-x7k2q9.localhost/login.ashx',
      cspDomain: 'cloud.example.com',
    },
  },
  responses: {
    201: {
      reference:
        'http://docspace-nextcloud-x7k2q9.localhost:8092/confirm?type=Auth&email=ada%40example.com&key=1796364467.6tb7AFogpspOZozC4Z-mBqKsWc66iSVwchWzWfxRL4s&first=true',
      tenant: {
        ...sampleTenant,
        portalName: 'docspace-nextcloud-x7k2q9',
        domain: 'docspace-nextcloud-x7k2q9.localhost',
        name: 'docspace-nextcloud-x7k2q9',
      },
      providerConfigured: true,
    },
  },
};
