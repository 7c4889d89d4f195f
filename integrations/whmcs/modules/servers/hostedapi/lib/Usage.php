<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

use WHMCS\Database\Capsule;

/**
 * The cron's daily usage update: every portal's storage (as last reported by its workspace) and
 * quota into the WHMCS services of this server, in megabytes, for the client area's usage bars
 * and disk overage billing.
 */
final class Usage
{
    /** Updates tblhosting for every portal of the server; answers how many portals were read. */
    public static function update(Portals $portals, array $params): int
    {
        $serverId = (int) ($params['serverid'] ?? 0);
        $count = 0;
        $portals->eachLive(static function (array $tenant) use ($serverId, &$count): void {
            $count++;
            $quota = $tenant['quota'] ?? null;
            Capsule::table('tblhosting')
                ->where('server', $serverId)
                // The service's domain field holds the portal's name; services set up by hand may
                // hold its full domain instead.
                ->whereIn('domain', [(string) $tenant['portalName'], (string) $tenant['domain']])
                ->update([
                    'diskusage' => Format::megabytes((int) ($tenant['usedSize'] ?? 0)),
                    // WHMCS reads a limit of 0 as unlimited.
                    'disklimit' => $quota === null ? 0 : Format::megabytes((int) $quota),
                    'lastupdate' => Capsule::raw('now()'),
                ]);
        });
        return $count;
    }
}
