<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/**
 * The server's "Test Connection": a signed call (so a wrong secret fails), and for an API client,
 * whether it holds every scope the module uses.
 */
final class Connection
{
    /**
     * Calls that need one scope each and name a portal no one can have (tenantId 0): with the
     * scope the API answers portalNameNotFound and changes nothing; without it, forbidden.
     */
    private const SCOPE_PROBES = [
        'portals:write' => ['PUT', 'portal/status', ['tenantId' => 0, 'status' => 'Active']],
        'billing' => ['PUT', 'tariff/set', ['tenantId' => 0, 'plan' => 'default']],
        'loginlink' => ['POST', 'portal/loginlink', ['tenantId' => 0]],
    ];

    /** Throws an ApiError naming what is wrong; returns when all is well. */
    public static function test(Portals $portals): void
    {
        // tariff/all is signed and needs portals:read.
        $portals->plans();
        if ($portals->api()->server()->asOperator) {
            return;
        }
        $missing = [];
        foreach (self::SCOPE_PROBES as $scope => [$verb, $method, $params]) {
            try {
                $portals->api()->send($verb, $method, $params);
            } catch (ApiError $error) {
                if ($error->is('forbidden')) {
                    $missing[] = $scope;
                } elseif ($error->httpStatus < 400 || $error->httpStatus >= 500) {
                    // No answer, or the server failed: that is the connection's problem to report.
                    throw $error;
                }
            }
        }
        if ($missing !== []) {
            $scopes = (count($missing) > 1 ? 'scopes ' : 'scope ') . implode(', ', $missing);
            throw new ApiError('forbidden', "the API client lacks the $scopes");
        }
    }
}
