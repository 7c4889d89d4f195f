<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/** The Hosted Solution API methods the module uses, each in the shape the module needs it. */
final class Portals
{
    /** Portals per portal/get page when walking through all of them. */
    private const PAGE = 500;

    /** How many portals one Create may find removed behind its stored answers (see register). */
    private const MAX_REPLAYS = 5;

    public function __construct(private readonly ApiClient $api)
    {
    }

    public function api(): ApiClient
    {
        return $this->api;
    }

    /**
     * Registers a portal once per provisioning attempt and answers [tenant, the key used].
     *
     * The Idempotency-Key makes a Create that WHMCS repeats after a lost answer get the first
     * answer back instead of a second portal (or portalNameExist). A stored answer can name a
     * portal that has been removed since — the same service created, terminated and created again
     * within the server's idempotency window — and then this is a new attempt: it registers under
     * a key derived from the removed portal, which a repeat of this attempt derives the same way.
     */
    public function register(string $method, array $fields, string $key): array
    {
        $attemptKey = $key;
        for ($replays = 0; $replays < self::MAX_REPLAYS; $replays++) {
            $answer = $this->api->send('POST', $method, $fields, $attemptKey);
            $tenant = $answer->body['tenant'] ?? [];
            if (!$answer->replayed || $this->isLive((int) ($tenant['tenantId'] ?? 0))) {
                return [$tenant, $attemptKey];
            }
            $attemptKey = $key . '-after-' . (int) ($tenant['tenantId'] ?? 0);
        }
        $times = self::MAX_REPLAYS;
        throw new ApiError('conflict', "this service was created and removed $times times within a day: try tomorrow");
    }

    /** Applies a tariff plan (tariff/set), optionally once per key. */
    public function applyPlan(array $portal, string $plan, ?string $key = null): void
    {
        $this->api->send('PUT', 'tariff/set', $portal + ['plan' => $plan], $key);
    }

    /** Suspends (with a reason) or resumes a portal. */
    public function setStatus(string $portalName, string $status, ?string $reason = null): void
    {
        $params = ['portalName' => $portalName, 'status' => $status];
        if ($reason !== null && $reason !== '') {
            $params['reason'] = $reason;
        }
        $this->api->send('PUT', 'portal/status', $params);
    }

    /**
     * Removes a portal. One that is already removed counts as done: a Terminate that WHMCS repeats
     * after a lost answer must not fail. A name that never was a portal (of this API client) is
     * still an error, so a wrong domain field cannot pass for a termination.
     */
    public function remove(string $portalName): void
    {
        try {
            $this->api->send('DELETE', 'portal/remove', ['portalName' => $portalName]);
        } catch (ApiError $error) {
            if (!$error->is('portalNameNotFound') || !$this->wasRemoved($portalName)) {
                throw $error;
            }
        }
    }

    /** A one-time link that signs the owner in on the portal. */
    public function loginLink(string $portalName): string
    {
        $answer = $this->api->send('POST', 'portal/loginlink', ['portalName' => $portalName]);
        return (string) ($answer->body['link'] ?? '');
    }

    /**
     * The portal a service stands for, with owner and tariff: the live one under that name, else
     * the latest removed one, else null.
     */
    public function find(string $portalName): ?array
    {
        $found = $this->api->get('portal/get', ['portalName' => $portalName, 'status' => 'all', 'statistics' => true]);
        $live = null;
        $removed = null;
        foreach ($found->body['tenants'] ?? [] as $tenant) {
            if (($tenant['status'] ?? '') === 'RemovePending') {
                $removed = $tenant;
            } else {
                $live = $tenant;
            }
        }
        return $live ?? $removed;
    }

    /** The address of the owner's portal as the server links it (scheme, host and port), or null. */
    public function ownerLink(string $ownerId): ?string
    {
        $people = $this->api->send('POST', 'people/find', ['userIds' => [$ownerId]])->body['result'] ?? [];
        $link = $people[0]['link'] ?? null;
        return is_string($link) && $link !== '' ? $link : null;
    }

    /**
     * Calls `$each` with every portal that is not removed (active and suspended), with owner and
     * tariff, page by page.
     */
    public function eachLive(callable $each): void
    {
        $after = 0;
        do {
            $query = ['status' => 'all', 'statistics' => true, 'count' => self::PAGE, 'after' => $after];
            $page = $this->api->get('portal/get', $query);
            $tenants = $page->body['tenants'] ?? [];
            foreach ($tenants as $tenant) {
                $after = max($after, (int) ($tenant['tenantId'] ?? 0));
                if (($tenant['status'] ?? '') !== 'RemovePending') {
                    $each($tenant);
                }
            }
        } while (count($tenants) === self::PAGE);
    }

    /** The tariff plans the server offers, by name. */
    public function plans(): array
    {
        $plans = [];
        foreach ($this->api->get('tariff/all')->body['tariffs'] ?? [] as $tariff) {
            $plans[(string) $tariff['plan']] = $tariff;
        }
        return $plans;
    }

    private function isLive(int $tenantId): bool
    {
        $found = $this->api->get('portal/get', ['tenantId' => $tenantId, 'status' => 'all']);
        $status = $found->body['tenants'][0]['status'] ?? 'RemovePending';
        return $status !== 'RemovePending';
    }

    private function wasRemoved(string $portalName): bool
    {
        return ($this->find($portalName)['status'] ?? '') === 'RemovePending';
    }
}
