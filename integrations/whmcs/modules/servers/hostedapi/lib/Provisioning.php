<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/**
 * The core module commands for one WHMCS service: create, suspend, unsuspend, terminate and
 * change package. Each returns 'success' or throws an ApiError (Action turns it into WHMCS's
 * error string).
 */
final class Provisioning
{
    /** Product setting 2: where the portal's name comes from. */
    public const NAME_FROM_DOMAIN = 'domain';
    public const NAME_GENERATED = 'generated';

    /** Product setting 3: how the owner gets a password. */
    public const PASSWORD_BY_ACTIVATION = 'activation';
    public const PASSWORD_FROM_WHMCS = 'whmcs';

    public function __construct(private readonly Portals $portals, private readonly array $params)
    {
    }

    /**
     * Registers the portal with the client as its owner, applies the product's plan, and writes
     * the portal's name (and the owner's e-mail as the username) back to the service.
     */
    public function create(): string
    {
        [$method, $fields] = $this->registration();
        [$tenant, $key] = $this->portals->register($method, $fields, $this->idempotencyKey($method, $fields));
        $plan = $this->plan();
        if ($plan !== '') {
            $this->portals->applyPlan(['tenantId' => (int) $tenant['tenantId']], $plan, $key . '-plan');
        }
        $this->writeBack((string) $tenant['portalName'], strtolower($fields['email']));
        return 'success';
    }

    /** Suspends the portal, with WHMCS's reason (e.g. "Overdue on Payment") stored beside it. */
    public function suspend(): string
    {
        $reason = trim((string) ($this->params['suspendreason'] ?? ''));
        // The API keeps 1024 characters of a reason; cut on a character, not inside one.
        $reason = (string) preg_replace('/^(.{1000}).+$/su', '$1', $reason);
        $this->portals->setStatus(PortalName::ofService($this->params), 'Suspended', $reason);
        return 'success';
    }

    public function unsuspend(): string
    {
        $this->portals->setStatus(PortalName::ofService($this->params), 'Active');
        return 'success';
    }

    /** Removes the portal (portal/remove): its name is free again at once. */
    public function terminate(): string
    {
        $this->portals->remove(PortalName::ofService($this->params));
        return 'success';
    }

    /** Applies the plan of the product the service moved to. */
    public function changePackage(): string
    {
        $plan = $this->plan();
        if ($plan === '') {
            throw new ApiError('settings', 'the product names no tariff plan (module setting "Tariff plan")');
        }
        $this->portals->applyPlan(['portalName' => PortalName::ofService($this->params)], $plan);
        return 'success';
    }

    /** [API method, parameters] of the registration this service asks for. */
    private function registration(): array
    {
        $fields = Owner::fields((array) ($this->params['clientsdetails'] ?? []));
        if ($this->passwordMode() === self::PASSWORD_FROM_WHMCS) {
            $password = (string) ($this->params['password'] ?? '');
            if ($password === '') {
                $hint = 'or set the product\'s "Owner password" to activation';
                throw new ApiError('settings', "the service has no password to give the owner ($hint)");
            }
            $fields['password'] = $password;
        }
        if ($this->naming() === self::NAME_GENERATED) {
            return ['portal/registerbyemail', $fields];
        }
        $name = PortalName::fromDomainField((string) ($this->params['domain'] ?? ''));
        if ($name === '') {
            throw new ApiError('portalNameEmpty', 'the order has no domain: it must hold the wanted portal name');
        }
        return ['portal/register', ['portalName' => $name] + $fields];
    }

    /**
     * The same key for every repeat of this service's registration with these parameters, and a
     * new one when anything sent changes. A keyed hash under the server's secret, so the key (which
     * the server stores) reveals nothing of the parameters, the owner's password included.
     */
    private function idempotencyKey(string $method, array $fields): string
    {
        $serviceId = (int) ($this->params['serviceid'] ?? 0);
        $key = $this->portals->api()->server()->signingKey;
        $digest = hash_hmac('sha256', $method . "\n" . json_encode($fields, ApiClient::JSON_FLAGS), $key);
        return "whmcs-service-$serviceId-" . substr($digest, 0, 40);
    }

    /**
     * The portal's name into the service's domain field (a generated name, or the wanted one as the
     * API stored it) and the owner's e-mail into its username: the address the owner signs in
     * with, and what server sync and usage update match the service by.
     */
    private function writeBack(string $portalName, string $email): void
    {
        $changes = [];
        if ($portalName !== (string) ($this->params['domain'] ?? '')) {
            $changes['domain'] = $portalName;
        }
        if ($email !== (string) ($this->params['username'] ?? '')) {
            $changes['serviceusername'] = $email;
        }
        if ($changes === []) {
            return;
        }
        if (!function_exists('localAPI')) {
            throw new ApiError('whmcs', "portal $portalName was created, but there is no localAPI to store its name");
        }
        $result = localAPI('UpdateClientProduct', ['serviceid' => (int) ($this->params['serviceid'] ?? 0)] + $changes);
        if (($result['result'] ?? '') !== 'success') {
            $message = (string) ($result['message'] ?? 'no message');
            throw new ApiError('whmcs', "portal $portalName was created, but WHMCS did not store its name: $message");
        }
    }

    private function plan(): string
    {
        return trim((string) ($this->params['configoption1'] ?? ''));
    }

    private function naming(): string
    {
        $naming = trim((string) ($this->params['configoption2'] ?? ''));
        return $naming === self::NAME_GENERATED ? self::NAME_GENERATED : self::NAME_FROM_DOMAIN;
    }

    private function passwordMode(): string
    {
        $mode = trim((string) ($this->params['configoption3'] ?? ''));
        return $mode === self::PASSWORD_FROM_WHMCS ? self::PASSWORD_FROM_WHMCS : self::PASSWORD_BY_ACTIVATION;
    }
}
