// Generated from the server's /openapi.json by `npm run generate:client`: do not edit by hand.
export interface paths {
    "/api/audit/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit records, newest first, a page at a time
         * @description Signed: the operator, or an API client with the `audit:read` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["auditList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an API client; its secret is shown only in this answer
         * @description Operator only: signed with the machine key (a client gets 403 `forbidden`). Parameters in a JSON or form body, or in the query string.
         */
        post: operations["clientCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One API client
         * @description Operator only: signed with the machine key (a client gets 403 `forbidden`). Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["clientGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every API client, in creation order
         * @description Operator only: signed with the machine key (a client gets 403 `forbidden`). Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["clientList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an API client (its portals stay; its id stays taken)
         * @description Operator only: signed with the machine key (a client gets 403 `forbidden`). Parameters in the query string (a JSON or form body is read too).
         */
        delete: operations["clientRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an API client a new secret (the old one stays valid for graceMinutes)
         * @description Operator only: signed with the machine key (a client gets 403 `forbidden`). Parameters in a JSON or form body, or in the query string.
         */
        post: operations["clientRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change an API client (fields not sent keep their values)
         * @description Operator only: signed with the machine key (a client gets 403 `forbidden`). Parameters in a JSON or form body, or in the query string.
         */
        put: operations["clientUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a bulk job before its next portal (what is done stays done)
         * @description Signed: the operator, or an API client with the `portals:write` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in a JSON or form body, or in the query string.
         */
        post: operations["jobCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bulk job and its progress
         * @description Signed: the operator, or an API client with the `portals:read` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["jobGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bulk jobs, newest first, a page at a time
         * @description Signed: the operator, or an API client with the `portals:read` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["jobList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lifecycle/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the lifecycle policy will do in the next days (reminders, suspensions, removals)
         * @description Signed: the operator, or an API client with the `portals:read` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["lifecycleUpcoming"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/find": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up owners by id
         * @description Signed: the operator, or an API client with the `portals:read` scope. Without a token too when `AUTH_ALLOW_SKIP_DEFAULT=true` (development only). Parameters in a JSON or form body, or in the query string.
         */
        post: operations["peopleFind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend, resume, re-tariff or remove every portal a filter selects, in the background
         * @description Signed: the operator, or an API client with the `portals:write` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in a JSON or form body, or in the query string.
         */
        post: operations["portalBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/cancelremoval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a portal's scheduled removal
         * @description Signed: the operator, or an API client with the `portals:write` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in a JSON or form body, or in the query string.
         */
        post: operations["portalCancelremoval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Move a portal to another API client
         * @description Operator only: signed with the machine key (a client gets 403 `forbidden`). Parameters in a JSON or form body, or in the query string.
         */
        put: operations["portalClient"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or find portals
         * @description Signed: the operator, or an API client with the `portals:read` scope. Without a token too when `AUTH_ALLOW_SKIP_DEFAULT=true` (development only). Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["portalGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/loginlink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time link that signs the owner in on the portal
         * @description Signed: the operator, or an API client with the `loginlink` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in a JSON or form body, or in the query string.
         */
        post: operations["portalLoginlink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/protection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Protect a portal against removal, or lift the protection
         * @description Signed: the operator, or an API client with the `portals:write` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in a JSON or form body, or in the query string.
         */
        put: operations["portalProtection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/provision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a portal whose owner signs in with an OAuth provider (a generated portal name)
         * @description Signed: the operator, or an API client with the `portals:write` scope. Without a token too when `AUTH_ALLOW_SKIP_REGISTER=true` (self-service sign-up; anonymous calls then meet the attempt limit and the CAPTCHA). Parameters in a JSON or form body, or in the query string.
         */
        post: operations["portalProvision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a portal with its owner
         * @description Signed: the operator, or an API client with the `portals:write` scope. Without a token too when `AUTH_ALLOW_SKIP_REGISTER=true` (self-service sign-up; anonymous calls then meet the attempt limit and the CAPTCHA). Parameters in a JSON or form body, or in the query string.
         */
        post: operations["portalRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/registerbyemail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a portal by e-mail alone (a generated portal name)
         * @description Signed: the operator, or an API client with the `portals:write` scope. Without a token too when `AUTH_ALLOW_SKIP_REGISTER=true` (self-service sign-up; anonymous calls then meet the attempt limit and the CAPTCHA). Parameters in a JSON or form body, or in the query string.
         */
        post: operations["portalRegisterbyemail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a portal (now, or at `at`: a scheduled removal)
         * @description Signed: the operator, or an API client with the `portals:write` scope. Without a token too when `AUTH_ALLOW_SKIP_DEFAULT=true` (development only). Parameters in the query string (a JSON or form body is read too).
         */
        delete: operations["portalRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/resendactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new activation link for an owner who has not activated yet (mailed again)
         * @description Signed: the operator, or an API client with the `portals:write` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in a JSON or form body, or in the query string.
         */
        post: operations["portalResendactivation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring a removed portal back (until it is purged), as it was
         * @description Signed: the operator, or an API client with the `portals:write` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in a JSON or form body, or in the query string.
         */
        post: operations["portalRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The portals an owner can sign in to, with one-time links
         * @description Open: no token needed (a token that is sent must be valid). Parameters in a JSON or form body, or in the query string.
         */
        post: operations["portalSignin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Suspend or resume a portal
         * @description Signed: the operator, or an API client with the `portals:write` scope. Without a token too when `AUTH_ALLOW_SKIP_DEFAULT=true` (development only). Parameters in a JSON or form body, or in the query string.
         */
        put: operations["portalStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness of the API
         * @description Open: no token needed (a token that is sent must be valid). Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["portalTest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Report a portal's storage, users, rooms and AI agents (from the workspace)
         * @description Signed: the operator, or an API client with the `usage` scope. Without a token too when `AUTH_ALLOW_SKIP_DEFAULT=true` (development only). Parameters in a JSON or form body, or in the query string.
         */
        put: operations["portalUsage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/validateportalname": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whether a portal name is valid and free
         * @description Open: no token needed (a token that is sent must be valid). Parameters in a JSON or form body, or in the query string.
         */
        post: operations["portalValidateportalname"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/checkdomain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whether a host name points at this server
         * @description Signed: the operator, or an API client with the `portals:read` scope. Without a token too when `AUTH_ALLOW_SKIP_DEFAULT=true` (development only). Parameters in a JSON or form body, or in the query string.
         */
        post: operations["settingsCheckdomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a setting (of a portal, or global with tenantId -1; Brand.* keys: a brand)
         * @description Signed: the operator, or an API client with the `portals:read` scope. Without a token too when `AUTH_ALLOW_SKIP_DEFAULT=true` (development only). Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["settingsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/save": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a setting (of a portal, or global with tenantId -1; Brand.* keys: a brand)
         * @description Signed: the operator, or an API client with the `settings` scope. Without a token too when `AUTH_ALLOW_SKIP_DEFAULT=true` (development only). Parameters in a JSON or form body, or in the query string.
         */
        post: operations["settingsSave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness of the settings methods
         * @description Open: no token needed (a token that is sent must be valid). Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["settingsTest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tariff/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The configured tariff plans
         * @description Signed: the operator, or an API client with the `portals:read` scope. Without a token too when `AUTH_ALLOW_SKIP_DEFAULT=true` (development only). Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["tariffAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tariff/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A portal's tariff and reported usage
         * @description Signed: the operator, or an API client with the `portals:read` scope. Without a token too when `AUTH_ALLOW_SKIP_DEFAULT=true` (development only). Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["tariffGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tariff/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a portal's tariff (fields not sent keep their values)
         * @description Signed: the operator, or an API client with the `billing` scope. Without a token too when `AUTH_ALLOW_SKIP_DEFAULT=true` (development only). Parameters in a JSON or form body, or in the query string.
         */
        put: operations["tariffSet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a webhook endpoint; its signing secret is shown only in this answer
         * @description Signed: the operator, or an API client with the `webhooks` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in a JSON or form body, or in the query string.
         */
        post: operations["webhookCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's deliveries, newest first
         * @description Signed: the operator, or an API client with the `webhooks` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["webhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook endpoint
         * @description Signed: the operator, or an API client with the `webhooks` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["webhookGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The webhook endpoints the caller may see
         * @description Signed: the operator, or an API client with the `webhooks` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in the query string (a JSON or form body is read too).
         */
        get: operations["webhookList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a delivery again at once (the same webhook-id)
         * @description Signed: the operator, or an API client with the `webhooks` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in a JSON or form body, or in the query string.
         */
        post: operations["webhookRedeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a webhook endpoint and its deliveries
         * @description Signed: the operator, or an API client with the `webhooks` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in the query string (a JSON or form body is read too).
         */
        delete: operations["webhookRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an endpoint a new signing secret (deliveries carry both signatures for 24 h)
         * @description Signed: the operator, or an API client with the `webhooks` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in a JSON or form body, or in the query string.
         */
        post: operations["webhookRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a webhook.test event to this endpoint alone
         * @description Signed: the operator, or an API client with the `webhooks` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in a JSON or form body, or in the query string.
         */
        post: operations["webhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a webhook endpoint (fields not sent keep their values)
         * @description Signed: the operator, or an API client with the `webhooks` scope. Never opened by the `AUTH_ALLOW_SKIP_*` switches. Parameters in a JSON or form body, or in the query string.
         */
        put: operations["webhookUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditEvent: {
            id: number;
            at: string;
            action: string;
            actor: {
                type: string;
                id?: string | null;
                ip?: string | null;
            };
            tenantId: number | null;
            portalName: string | null;
            requestId: string | null;
            changes: {
                [key: string]: unknown[];
            };
        };
        Client: {
            clientId: string;
            name: string;
            scopes: string[];
            maxPortals: number | null;
            rateLimit: number | null;
            partnerId: string | null;
            disabled: boolean;
            created: string;
            secretRotated: string;
            portalCount: number;
        };
        Job: {
            jobId: string;
            /** @enum {string} */
            state: "queued" | "running" | "done" | "cancelled" | "failed";
            /** @enum {string} */
            action: "suspend" | "resume" | "tariff" | "remove";
            total: number;
            done: number;
            failed: number;
            created: string;
            finished: string | null;
        };
        LifecyclePolicy: {
            dueReminderDays: number[];
            suspendWhenNotPaid: boolean;
            removeSuspendedAfterDays: number | null;
            usageAlerts: number[];
        };
        Owner: {
            id: string;
            email: string;
            displayName: string;
        };
        Person: {
            id: string;
            name: string;
            email: string;
            link: string;
        };
        PortalListItem: {
            tenantId: number;
            portalName: string;
            domain: string;
            name: string;
            /** @enum {string} */
            status: "Active" | "Suspended" | "RemovePending";
            created: string;
            statusChanged: string;
            language: string;
            timeZoneName: string;
            ownerId: string;
            industry: number;
            partnerId: string | null;
            affiliateId: string | null;
            campaign: string | null;
            region: string | null;
            clientId: string | null;
            quota: number | null;
            usedSize: number;
            timeZoneId: string;
            hostedRegion: string | null;
            mappedDomain: string | null;
            paymentId: string | null;
            customQuota: number | null;
            removalScheduledAt: string | null;
            protected: boolean;
            owner?: components["schemas"]["Owner"] | null;
            tariff?: components["schemas"]["Tariff"] | null;
            quotaUsage?: components["schemas"]["QuotaUsage"];
            wizardSettings?: components["schemas"]["WizardSettings"];
        };
        QuotaUsage: {
            tenantId: number;
            tenantAlias: string;
            tenantDomain: string;
            storageSize: number | null;
            usedSize: number;
            maxUsers: number | null;
            usersCount: number;
            maxRoomAdminsCount: number | null;
            roomAdminCount: number;
            roomsCount: number;
            maxRoomsCount: number;
            aiAgentsCount: number;
            maxAIAgentsCount: number;
        };
        Tariff: {
            activeUsers: number;
            countManager: number;
            dueDate: string | null;
            features: string;
            maxFileSize: number;
            maxTotalSize: number;
            state: number;
            plan: string;
        };
        TariffPlan: {
            plan: string;
            activeUsers: number;
            countManager: number;
            maxFileSize: number;
            maxTotalSize: number;
            features: string;
            dueDays: number | null;
            policy: components["schemas"]["LifecyclePolicy"];
        };
        Tenant: {
            tenantId: number;
            portalName: string;
            domain: string;
            name: string;
            /** @enum {string} */
            status: "Active" | "Suspended" | "RemovePending";
            created: string;
            statusChanged: string;
            language: string;
            timeZoneName: string;
            ownerId: string;
            industry: number;
            partnerId: string | null;
            affiliateId: string | null;
            campaign: string | null;
            region: string | null;
            clientId: string | null;
            quota: number | null;
            usedSize: number;
            timeZoneId: string;
            hostedRegion: string | null;
            mappedDomain: string | null;
            paymentId: string | null;
            customQuota: number | null;
            removalScheduledAt: string | null;
            protected: boolean;
        };
        UpcomingAction: {
            at: string;
            /** @enum {string} */
            action: "reminder" | "suspend" | "remove";
            rule: string;
            tenantId: number;
            portalName: string;
            domain: string;
            clientId: string | null;
            dueDate: string | null;
            daysBefore: number | null;
        };
        Usage: {
            usedSize: number;
            usersCount: number;
            roomAdminCount: number;
            roomsCount: number;
            aiAgentsCount: number;
            reported: string | null;
        };
        WizardSettings: {
            completed: boolean;
            lastModified: string;
        };
        ClientCreateParams: {
            name?: string;
            clientId?: string;
            scopes?: string[];
            maxPortals?: number;
            rateLimit?: number;
            partnerId?: string;
        };
        ClientRotateParams: {
            clientId?: string;
            graceMinutes?: number;
        };
        ClientUpdateParams: {
            clientId?: string;
            name?: string;
            scopes?: string[];
            maxPortals?: number;
            rateLimit?: number;
            partnerId?: string;
            disabled?: boolean;
        };
        JobCancelParams: {
            jobId?: string;
        };
        PeopleFindParams: {
            userIds?: string[];
        };
        PortalBulkParams: {
            filter?: {
                status?: string;
                plan?: string;
                clientId?: string;
                email?: string;
                overQuota?: boolean;
                nearQuota?: boolean;
                portalName?: string;
                tenantId?: number;
            };
            action?: string;
            reason?: string;
            plan?: string;
            tariff?: {
                plan?: string;
                activeUsers?: number;
                dueDate?: string;
                features?: string;
                maxFileSize?: number;
                maxTotalSize?: number;
            };
        };
        PortalCancelremovalParams: {
            portalName?: string;
            tenantId?: number;
        };
        PortalClientParams: {
            portalName?: string;
            tenantId?: number;
            clientId?: string;
        };
        PortalLoginlinkParams: {
            portalName?: string;
            tenantId?: number;
            ttl?: number;
        };
        PortalProtectionParams: {
            portalName?: string;
            tenantId?: number;
            protected?: boolean;
        };
        PortalProvisionParams: {
            email?: string;
            password?: string;
            passwordHash?: string;
            firstName?: string;
            lastName?: string;
            phone?: string;
            language?: string;
            timeZoneName?: string;
            partnerId?: string;
            affiliateId?: string;
            campaign?: string;
            awsRegion?: string;
            recaptchaResponse?: string;
            recaptchaType?: string;
            appKey?: string;
            skipWelcome?: boolean;
            provider?: {
                name?: string;
                clientId?: string;
                clientSecret?: string;
                baseUrl?: string;
                redirectUri?: string;
                cspDomain?: string;
            };
        };
        PortalRegisterParams: {
            portalName?: string;
            firstName?: string;
            lastName?: string;
            email?: string;
            phone?: string;
            language?: string;
            timeZoneName?: string;
            password?: string;
            passwordHash?: string;
            industry?: number;
            partnerId?: string;
            affiliateId?: string;
            campaign?: string;
            region?: string;
            recaptchaResponse?: string;
            recaptchaType?: string;
            appKey?: string;
            skipWelcome?: boolean;
        };
        PortalRegisterbyemailParams: {
            email?: string;
            password?: string;
            passwordHash?: string;
            firstName?: string;
            lastName?: string;
            phone?: string;
            language?: string;
            timeZoneName?: string;
            partnerId?: string;
            affiliateId?: string;
            campaign?: string;
            awsRegion?: string;
            recaptchaResponse?: string;
            recaptchaType?: string;
            appKey?: string;
            skipWelcome?: boolean;
        };
        PortalRestoreParams: {
            tenantId?: number;
        };
        PortalSigninParams: {
            email?: string;
            password?: string;
            passwordHash?: string;
            recaptchaResponse?: string;
            recaptchaType?: string;
        };
        PortalStatusParams: {
            portalName?: string;
            tenantId?: number;
            status?: string;
            reason?: string;
        };
        PortalUsageParams: {
            portalName?: string;
            tenantId?: number;
            usedSize?: number;
            usersCount?: number;
            roomAdminCount?: number;
            roomsCount?: number;
            aiAgentsCount?: number;
        };
        PortalValidateportalnameParams: {
            portalName?: string;
        };
        SettingsCheckdomainParams: {
            hostName?: string;
        };
        SettingsSaveParams: {
            key?: string;
            value?: string;
            portalName?: string;
            tenantId?: number;
            clientId?: string;
        };
        TariffSetParams: {
            portalName?: string;
            tenantId?: number;
            plan?: string;
            activeUsers?: number;
            dueDate?: string;
            features?: string;
            maxFileSize?: number;
            maxTotalSize?: number;
        };
        WebhookCreateParams: {
            url?: string;
            events?: string[];
            description?: string;
        };
        WebhookRedeliverParams: {
            deliveryId?: string;
        };
        WebhookRotateParams: {
            webhookId?: string;
        };
        WebhookUpdateParams: {
            webhookId?: string;
            url?: string;
            events?: string[];
            description?: string;
            disabled?: boolean;
        };
        /**
         * @description What went wrong, for a program to match on. Each code and its HTTP status are listed in the description of the API.
         * @enum {string}
         */
        ErrorCode: "portalNameEmpty" | "tooShortError" | "portalNameTooLong" | "portalNameIncorrect" | "portalNameNotFound" | "portalNameExist" | "portalsCountTooMuch" | "tooMuchAttempts" | "passPolicyError" | "recaptchaInvalid" | "hostNameEmpty" | "hostNameInvalid" | "params" | "emailEmpty" | "clientNotFound" | "clientExist" | "webhookNotFound" | "webhookUrlInvalid" | "webhookLimit" | "portalProtected" | "jobNotFound" | "forbidden" | "conflict" | "authorization" | "notFound" | "methodNotAllowed" | "registerNewTenantError" | "portalNameNotAvailable" | "unknownProvider" | "error";
        /** @description The body of every error answer. */
        ErrorBody: {
            error: components["schemas"]["ErrorCode"];
            /** @description For people: one text, or for `params` one text per problem. */
            message: string | string[];
            /** @description With `portalNameExist`: free names close to the one asked for. */
            variants?: string[];
            /** @description With `recaptchaInvalid`: the client address the CAPTCHA was checked for. */
            clientIP?: string;
        };
    };
    responses: {
        /** @description A parameter or a rule refused the call. `params` lists every problem in `message` (an array); `portalNameExist` may carry `variants` (free names close to the one asked for); `recaptchaInvalid` carries `clientIP` (the address the CAPTCHA was checked for); `tooMuchAttempts` comes with `Retry-After` (seconds). Codes: `portalNameEmpty` (PortalName is required), `tooShortError` (Portal name is too short), `portalNameTooLong` (Portal name is too long), `portalNameIncorrect` (Unallowable symbols in portalName), `portalNameNotFound` (Portal not found), `portalNameExist` (Portal already exists), `portalsCountTooMuch` (Too much portals registered already), `tooMuchAttempts` (Too much attempts already), `passPolicyError` (Password does not meet the password policy), `recaptchaInvalid` (Recaptcha is invalid), `hostNameEmpty` (HostName is required), `hostNameInvalid` (HostName is invalid), `params` (Invalid parameters), `emailEmpty` (Email is required), `clientNotFound` (Client not found), `clientExist` (Client already exists), `webhookNotFound` (Webhook not found), `webhookUrlInvalid` (Webhook URL is invalid), `webhookLimit` (Webhook limit reached), `portalProtected` (Portal is protected), `jobNotFound` (Job not found), `unknownProvider` (Provider is not supported). */
        BadRequest: {
            headers: {
                /** @description With `tooMuchAttempts`: seconds until the next attempt is allowed. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The token is missing, malformed, expired or does not verify (`authorization`), or it is valid but the caller may not call this method (`forbidden`: the scope it lacks, or operator only). A token that is sent must be valid even on open methods. Codes: `forbidden` (Only the operator may call this method), `authorization` (Authorization invalid). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No method at this path (under any prefix). Codes: `notFound` (No such method). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The path exists with another HTTP method. Codes: `methodNotAllowed` (Method not allowed for this path). */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request did not arrive whole within `REQUEST_TIMEOUT_MS`; the connection is closed. Codes: `params` (The request did not arrive in time). */
        RequestTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description A request with the same `Idempotency-Key` is still running. Codes: `conflict` (A request with this Idempotency-Key is in progress). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request body is larger than `BODY_LIMIT`. Codes: `params` (Request body is too large). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request headers are too large. Codes: `params` (Request headers are too large). */
        HeadersTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The server failed; `message` ends with the request id to quote (the details are in the server log). Codes: `authorization` (Authorization could not be checked), `registerNewTenantError` (The portal could not be registered), `portalNameNotAvailable` (Could not generate a unique portal name), `error` (Internal server error). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    auditList: {
        parameters: {
            query?: {
                tenantId?: number;
                portalName?: string;
                action?: string;
                actorType?: string;
                actorId?: string;
                from?: string;
                to?: string;
                limit?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: components["schemas"]["AuditEvent"][];
                        next: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    clientCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "Billing panel",
                 *       "clientId": "billing-panel",
                 *       "maxPortals": 100
                 *     }
                 */
                "application/json": components["schemas"]["ClientCreateParams"];
                /**
                 * @example {
                 *       "name": "Billing panel",
                 *       "clientId": "billing-panel",
                 *       "maxPortals": 100
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["ClientCreateParams"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "client": {
                     *         "clientId": "billing-panel",
                     *         "name": "Billing panel",
                     *         "scopes": [
                     *           "portals:read",
                     *           "portals:write",
                     *           "billing"
                     *         ],
                     *         "maxPortals": 100,
                     *         "rateLimit": null,
                     *         "partnerId": null,
                     *         "disabled": false,
                     *         "created": "2026-11-28T12:00:00.000Z",
                     *         "secretRotated": "2026-11-28T12:00:00.000Z",
                     *         "portalCount": 0
                     *       },
                     *       "secret": "WfsGCe_Hj1MaWVi3yVn3iFq6baNH9wqWuAXH8lP-RIc"
                     *     }
                     */
                    "application/json": {
                        client: components["schemas"]["Client"];
                        secret: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    clientGet: {
        parameters: {
            query?: {
                clientId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        client: components["schemas"]["Client"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    clientList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clients: components["schemas"]["Client"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    clientRemove: {
        parameters: {
            query?: {
                clientId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        client: components["schemas"]["Client"];
                        removed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    clientRotate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ClientRotateParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ClientRotateParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        client: components["schemas"]["Client"];
                        secret: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    clientUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ClientUpdateParams"];
                "application/x-www-form-urlencoded": components["schemas"]["ClientUpdateParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        client: components["schemas"]["Client"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    jobCancel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JobCancelParams"];
                "application/x-www-form-urlencoded": components["schemas"]["JobCancelParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        job: components["schemas"]["Job"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    jobGet: {
        parameters: {
            query?: {
                jobId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        job: components["schemas"]["Job"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    jobList: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobs: components["schemas"]["Job"][];
                        next: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    lifecycleUpcoming: {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        upcoming: components["schemas"]["UpcomingAction"][];
                        truncated: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    peopleFind: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PeopleFindParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PeopleFindParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: components["schemas"]["Person"][];
                        response: components["schemas"]["Person"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortalBulkParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PortalBulkParams"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        job: components["schemas"]["Job"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalCancelremoval: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortalCancelremovalParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PortalCancelremovalParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenant: components["schemas"]["Tenant"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortalClientParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PortalClientParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenant: components["schemas"]["Tenant"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalGet: {
        parameters: {
            query?: {
                email?: string;
                /** @example acme-docs */
                portalName?: string;
                tenantId?: number;
                status?: string;
                /** @example true */
                statistics?: boolean;
                startIndex?: number;
                count?: number;
                after?: number;
                clientId?: string;
                overQuota?: boolean;
                nearQuota?: boolean;
                plan?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenants": [
                     *         {
                     *           "tenantId": 1,
                     *           "portalName": "acme-docs",
                     *           "domain": "acme-docs.localhost",
                     *           "name": "acme-docs",
                     *           "status": "Active",
                     *           "created": "2026-11-28T12:00:00.000Z",
                     *           "statusChanged": "2026-11-28T12:00:00.000Z",
                     *           "language": "en-US",
                     *           "timeZoneName": "UTC",
                     *           "ownerId": "e96290af-bc5a-4c11-8a51-df351a0021bd",
                     *           "industry": 0,
                     *           "partnerId": null,
                     *           "affiliateId": null,
                     *           "campaign": null,
                     *           "region": null,
                     *           "clientId": null,
                     *           "quota": 1099511627775,
                     *           "usedSize": 0,
                     *           "timeZoneId": "UTC",
                     *           "hostedRegion": null,
                     *           "mappedDomain": null,
                     *           "paymentId": null,
                     *           "customQuota": 1099511627775,
                     *           "removalScheduledAt": null,
                     *           "protected": false,
                     *           "owner": {
                     *             "id": "e96290af-bc5a-4c11-8a51-df351a0021bd",
                     *             "email": "ada@example.com",
                     *             "displayName": "Ada Lovelace"
                     *           },
                     *           "tariff": {
                     *             "activeUsers": 10000,
                     *             "countManager": 10000,
                     *             "dueDate": null,
                     *             "features": "",
                     *             "maxFileSize": 1073741824,
                     *             "maxTotalSize": 1099511627775,
                     *             "state": 1,
                     *             "plan": "default"
                     *           },
                     *           "quotaUsage": {
                     *             "tenantId": 1,
                     *             "tenantAlias": "acme-docs",
                     *             "tenantDomain": "acme-docs.localhost",
                     *             "storageSize": 1099511627775,
                     *             "usedSize": 0,
                     *             "maxUsers": 10000,
                     *             "usersCount": 0,
                     *             "maxRoomAdminsCount": 10000,
                     *             "roomAdminCount": 0,
                     *             "roomsCount": 0,
                     *             "maxRoomsCount": -1,
                     *             "aiAgentsCount": 0,
                     *             "maxAIAgentsCount": -1
                     *           },
                     *           "wizardSettings": {
                     *             "completed": false,
                     *             "lastModified": "2026-11-28T12:00:00.000Z"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        tenants: components["schemas"]["PortalListItem"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    portalLoginlink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortalLoginlinkParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PortalLoginlinkParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        link: string;
                        expiresAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalProtection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortalProtectionParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PortalProtectionParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenant: components["schemas"]["Tenant"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalProvision: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "provider": {
                 *         "name": "nextcloud",
                 *         "clientId": "docspace-acme",
                 *         "clientSecret": "the provider secret",
                 *         "baseUrl": "https://cloud.example.com",
                 *         "redirectUri": "https://docspace-nextcloud-x7k2q9.localhost/login.ashx",
                 *         "cspDomain": "cloud.example.com"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PortalProvisionParams"];
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "provider": {
                 *         "name": "nextcloud",
                 *         "clientId": "docspace-acme",
                 *         "clientSecret": "the provider secret",
                 *         "baseUrl": "https://cloud.example.com",
                 *         "redirectUri": "https://docspace-nextcloud-x7k2q9.localhost/login.ashx",
                 *         "cspDomain": "cloud.example.com"
                 *       }
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["PortalProvisionParams"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reference": "http://docspace-nextcloud-x7k2q9.localhost:8092/confirm?type=Auth&email=ada%40example.com&key=1796364467.6tb7AFogpspOZozC4Z-mBqKsWc66iSVwchWzWfxRL4s&first=true",
                     *       "tenant": {
                     *         "tenantId": 1,
                     *         "portalName": "docspace-nextcloud-x7k2q9",
                     *         "domain": "docspace-nextcloud-x7k2q9.localhost",
                     *         "name": "docspace-nextcloud-x7k2q9",
                     *         "status": "Active",
                     *         "created": "2026-11-28T12:00:00.000Z",
                     *         "statusChanged": "2026-11-28T12:00:00.000Z",
                     *         "language": "en-US",
                     *         "timeZoneName": "UTC",
                     *         "ownerId": "e96290af-bc5a-4c11-8a51-df351a0021bd",
                     *         "industry": 0,
                     *         "partnerId": null,
                     *         "affiliateId": null,
                     *         "campaign": null,
                     *         "region": null,
                     *         "clientId": null,
                     *         "quota": 1099511627775,
                     *         "usedSize": 0,
                     *         "timeZoneId": "UTC",
                     *         "hostedRegion": null,
                     *         "mappedDomain": null,
                     *         "paymentId": null,
                     *         "customQuota": 1099511627775,
                     *         "removalScheduledAt": null,
                     *         "protected": false
                     *       },
                     *       "providerConfigured": true
                     *     }
                     */
                    "application/json": {
                        reference: string;
                        tenant: components["schemas"]["Tenant"];
                        providerConfigured: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "portalName": "acme-docs",
                 *       "firstName": "Ada",
                 *       "lastName": "Lovelace",
                 *       "email": "ada@example.com",
                 *       "password": "correct horse battery"
                 *     }
                 */
                "application/json": components["schemas"]["PortalRegisterParams"];
                /**
                 * @example {
                 *       "portalName": "acme-docs",
                 *       "firstName": "Ada",
                 *       "lastName": "Lovelace",
                 *       "email": "ada@example.com",
                 *       "password": "correct horse battery"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["PortalRegisterParams"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reference": "http://acme-docs.localhost:8092/confirm?type=Auth&email=ada%40example.com&key=1796364467.6tb7AFogpspOZozC4Z-mBqKsWc66iSVwchWzWfxRL4s",
                     *       "tenant": {
                     *         "tenantId": 1,
                     *         "portalName": "acme-docs",
                     *         "domain": "acme-docs.localhost",
                     *         "name": "acme-docs",
                     *         "status": "Active",
                     *         "created": "2026-11-28T12:00:00.000Z",
                     *         "statusChanged": "2026-11-28T12:00:00.000Z",
                     *         "language": "en-US",
                     *         "timeZoneName": "UTC",
                     *         "ownerId": "e96290af-bc5a-4c11-8a51-df351a0021bd",
                     *         "industry": 0,
                     *         "partnerId": null,
                     *         "affiliateId": null,
                     *         "campaign": null,
                     *         "region": null,
                     *         "clientId": null,
                     *         "quota": 1099511627775,
                     *         "usedSize": 0,
                     *         "timeZoneId": "UTC",
                     *         "hostedRegion": null,
                     *         "mappedDomain": null,
                     *         "paymentId": null,
                     *         "customQuota": 1099511627775,
                     *         "removalScheduledAt": null,
                     *         "protected": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        reference: string;
                        tenant: components["schemas"]["Tenant"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalRegisterbyemail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortalRegisterbyemailParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PortalRegisterbyemailParams"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reference: string;
                        tenant: components["schemas"]["Tenant"];
                        autoGeneratedEmail: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalRemove: {
        parameters: {
            query?: {
                portalName?: string;
                tenantId?: number;
                at?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenant: components["schemas"]["Tenant"];
                        removed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalResendactivation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortalCancelremovalParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PortalCancelremovalParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reference: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalRestore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortalRestoreParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PortalRestoreParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenant: components["schemas"]["Tenant"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalSignin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortalSigninParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PortalSigninParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenants: {
                            portalName: string;
                            portalLink: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortalStatusParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PortalStatusParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenant: components["schemas"]["Tenant"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalTest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        value: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    portalUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortalUsageParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PortalUsageParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenant: components["schemas"]["Tenant"];
                        usage: components["schemas"]["Usage"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    portalValidateportalname: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PortalValidateportalnameParams"];
                "application/x-www-form-urlencoded": components["schemas"]["PortalValidateportalnameParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    settingsCheckdomain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SettingsCheckdomainParams"];
                "application/x-www-form-urlencoded": components["schemas"]["SettingsCheckdomainParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        value: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    settingsGet: {
        parameters: {
            query?: {
                key?: string;
                portalName?: string;
                tenantId?: number;
                clientId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        settings?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    settingsSave: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SettingsSaveParams"];
                "application/x-www-form-urlencoded": components["schemas"]["SettingsSaveParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        settings?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    settingsTest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        value: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    tariffAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tariffs: components["schemas"]["TariffPlan"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    tariffGet: {
        parameters: {
            query?: {
                portalName?: string;
                tenantId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenant: components["schemas"]["Tenant"];
                        tariff: components["schemas"]["Tariff"];
                        usage: components["schemas"]["Usage"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    tariffSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "portalName": "acme-docs",
                 *       "plan": "business",
                 *       "dueDate": "2027-01-31"
                 *     }
                 */
                "application/json": components["schemas"]["TariffSetParams"];
                /**
                 * @example {
                 *       "portalName": "acme-docs",
                 *       "plan": "business",
                 *       "dueDate": "2027-01-31"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["TariffSetParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenant": {
                     *         "tenantId": 1,
                     *         "portalName": "acme-docs",
                     *         "domain": "acme-docs.localhost",
                     *         "name": "acme-docs",
                     *         "status": "Active",
                     *         "created": "2026-11-28T12:00:00.000Z",
                     *         "statusChanged": "2026-11-28T12:00:00.000Z",
                     *         "language": "en-US",
                     *         "timeZoneName": "UTC",
                     *         "ownerId": "e96290af-bc5a-4c11-8a51-df351a0021bd",
                     *         "industry": 0,
                     *         "partnerId": null,
                     *         "affiliateId": null,
                     *         "campaign": null,
                     *         "region": null,
                     *         "clientId": null,
                     *         "quota": 107374182400,
                     *         "usedSize": 0,
                     *         "timeZoneId": "UTC",
                     *         "hostedRegion": null,
                     *         "mappedDomain": null,
                     *         "paymentId": null,
                     *         "customQuota": 1099511627775,
                     *         "removalScheduledAt": null,
                     *         "protected": false
                     *       },
                     *       "tariff": {
                     *         "activeUsers": 100,
                     *         "countManager": 100,
                     *         "dueDate": "2027-01-31T00:00:00.000Z",
                     *         "features": "",
                     *         "maxFileSize": 1073741824,
                     *         "maxTotalSize": 107374182400,
                     *         "state": 1,
                     *         "plan": "business"
                     *       },
                     *       "usage": {
                     *         "usedSize": 0,
                     *         "usersCount": 0,
                     *         "roomAdminCount": 0,
                     *         "roomsCount": 0,
                     *         "aiAgentsCount": 0,
                     *         "reported": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        tenant: components["schemas"]["Tenant"];
                        tariff: components["schemas"]["Tariff"];
                        usage: components["schemas"]["Usage"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    webhookCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebhookCreateParams"];
                "application/x-www-form-urlencoded": components["schemas"]["WebhookCreateParams"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: {
                            webhookId: string;
                            url: string;
                            events: string[];
                            description: string;
                            disabled: boolean;
                            disabledReason: string | null;
                            clientId: string | null;
                            created: string;
                        };
                        secret: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    webhookDeliveries: {
        parameters: {
            query?: {
                webhookId?: string;
                status?: string;
                limit?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveries: {
                            deliveryId: string;
                            webhookId: string;
                            eventId: string;
                            type: string;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            attempts: number;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            nextAttemptAt: string | null;
                            deliveredAt: string | null;
                            created: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    webhookGet: {
        parameters: {
            query?: {
                webhookId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: {
                            webhookId: string;
                            url: string;
                            events: string[];
                            description: string;
                            disabled: boolean;
                            disabledReason: string | null;
                            clientId: string | null;
                            created: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    webhookList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhooks: {
                            webhookId: string;
                            url: string;
                            events: string[];
                            description: string;
                            disabled: boolean;
                            disabledReason: string | null;
                            clientId: string | null;
                            created: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    webhookRedeliver: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebhookRedeliverParams"];
                "application/x-www-form-urlencoded": components["schemas"]["WebhookRedeliverParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivery: {
                            deliveryId: string;
                            webhookId: string;
                            eventId: string;
                            type: string;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            attempts: number;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            nextAttemptAt: string | null;
                            deliveredAt: string | null;
                            created: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    webhookRemove: {
        parameters: {
            query?: {
                webhookId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: {
                            webhookId: string;
                            url: string;
                            events: string[];
                            description: string;
                            disabled: boolean;
                            disabledReason: string | null;
                            clientId: string | null;
                            created: string;
                        };
                        removed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    webhookRotate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebhookRotateParams"];
                "application/x-www-form-urlencoded": components["schemas"]["WebhookRotateParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: {
                            webhookId: string;
                            url: string;
                            events: string[];
                            description: string;
                            disabled: boolean;
                            disabledReason: string | null;
                            clientId: string | null;
                            created: string;
                        };
                        secret: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    webhookTest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebhookRotateParams"];
                "application/x-www-form-urlencoded": components["schemas"]["WebhookRotateParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivery: {
                            deliveryId: string;
                            webhookId: string;
                            eventId: string;
                            type: string;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            attempts: number;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            nextAttemptAt: string | null;
                            deliveredAt: string | null;
                            created: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    webhookUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebhookUpdateParams"];
                "application/x-www-form-urlencoded": components["schemas"]["WebhookUpdateParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: {
                            webhookId: string;
                            url: string;
                            events: string[];
                            description: string;
                            disabled: boolean;
                            disabledReason: string | null;
                            clientId: string | null;
                            created: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
}
