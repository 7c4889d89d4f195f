<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/**
 * What the client area and the admin's service page show of a portal: its address, status, plan,
 * storage used of its quota and users, and whether the owner can sign in now.
 */
final class Overview
{
    /** The overview of the service's portal, or an error (ApiError) when it cannot be read. */
    public static function of(Portals $portals, array $params): array
    {
        $portalName = PortalName::ofService($params);
        $tenant = $portals->find($portalName);
        if ($tenant === null) {
            throw new ApiError('portalNameNotFound', "there is no portal $portalName (of this API client)");
        }
        $status = (string) ($tenant['status'] ?? '');
        $removed = $status === 'RemovePending';
        $tariff = (array) ($tenant['tariff'] ?? []);
        $usage = (array) ($tenant['quotaUsage'] ?? []);
        $quota = isset($tenant['quota']) ? (int) $tenant['quota'] : null;
        $used = (int) ($tenant['usedSize'] ?? 0);
        $users = (int) ($usage['usersCount'] ?? 0);
        $maxUsers = isset($tariff['activeUsers']) ? (int) $tariff['activeUsers'] : null;
        // wizardSettings.completed says whether the owner has activated the portal; a server that
        // does not send it leaves that open (null), and its answer to a sign-in explains.
        $wizard = (array) ($tenant['wizardSettings'] ?? []);
        $activated = isset($wizard['completed']) ? (bool) $wizard['completed'] : null;
        return [
            'portalName' => (string) ($tenant['portalName'] ?? $portalName),
            'address' => $removed ? '' : self::address($portals, $tenant),
            'status' => $removed ? 'Removed' : $status,
            'plan' => (string) ($tariff['plan'] ?? ''),
            'storageUsed' => $used,
            'storageQuota' => $quota,
            'storage' => Format::bytes($used) . ' of ' . ($quota === null ? 'unlimited' : Format::bytes($quota)),
            'users' => $users,
            'maxUsers' => $maxUsers,
            'usersText' => $users . ($maxUsers === null ? '' : " of $maxUsers"),
            'awaitingActivation' => $status === 'Active' && $activated === false,
            // The API refuses a sign-in link for a suspended or removed portal, and before the owner
            // has activated it, so none of them gets a button.
            'canSignIn' => $status === 'Active' && $activated !== false,
        ];
    }

    /** The portal's address as the server links it; its bare domain if that cannot be read. */
    private static function address(Portals $portals, array $tenant): string
    {
        $domain = (string) ($tenant['domain'] ?? '');
        try {
            return $portals->ownerLink((string) ($tenant['ownerId'] ?? '')) ?? $domain;
        } catch (ApiError) {
            return $domain;
        }
    }
}
