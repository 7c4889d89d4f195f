<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

use WHMCS\Service\Status;

/**
 * Server sync (Utilities > Sync Accounts): every portal of this server as WHMCS compares it with
 * its services, matched by the domain field (the portal's name), with the plan as the product.
 */
final class Accounts
{
    /** The portals that are not removed, as WHMCS's account records. */
    public static function list(Portals $portals, array $params): array
    {
        $accounts = [];
        $primaryIp = (string) ($params['serverip'] ?? '');
        $portals->eachLive(static function (array $tenant) use (&$accounts, $primaryIp): void {
            $email = (string) ($tenant['owner']['email'] ?? '');
            $accounts[] = [
                'email' => $email,
                // The owner signs in with the e-mail: it is the service's username (see Create).
                'username' => $email,
                'domain' => (string) $tenant['portalName'],
                'uniqueIdentifier' => (string) $tenant['portalName'],
                'product' => (string) ($tenant['tariff']['plan'] ?? ''),
                // Portals have no address of their own: they share the server's.
                'primaryip' => $primaryIp,
                'created' => self::localTime((string) ($tenant['created'] ?? '')),
                'status' => ($tenant['status'] ?? '') === 'Suspended' ? Status::SUSPENDED : Status::ACTIVE,
            ];
        });
        return $accounts;
    }

    /** An ISO time from the API as WHMCS stores times: Y-m-d H:i:s in PHP's time zone. */
    private static function localTime(string $iso): string
    {
        $time = strtotime($iso);
        return $time === false ? '' : date('Y-m-d H:i:s', $time);
    }
}
