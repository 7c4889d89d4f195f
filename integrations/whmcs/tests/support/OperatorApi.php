<?php

declare(strict_types=1);

/**
 * The tests' own view of the server, signed as the operator with a signer of their own (not the
 * module's): every effect a module function claims is checked here, through the API.
 */
final class OperatorApi
{
    /** [HTTP status, decoded body] of a signed call; GET and DELETE send `$params` as the query. */
    public static function call(string $verb, string $method, array $params = []): array
    {
        $url = TestEnvironment::url() . '/api/' . $method;
        $inQuery = $verb === 'GET' || $verb === 'DELETE';
        if ($inQuery && $params !== []) {
            $query = array_map(static fn ($value) => is_bool($value) ? ($value ? 'true' : 'false') : $value, $params);
            $url .= '?' . http_build_query($query);
        }
        $curl = curl_init($url);
        curl_setopt_array($curl, [
            CURLOPT_CUSTOMREQUEST => $verb,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 10,
            CURLOPT_HTTPHEADER => ['Authorization: ' . self::token(), 'Content-Type: application/json'],
        ]);
        if (!$inQuery) {
            curl_setopt($curl, CURLOPT_POSTFIELDS, json_encode((object) $params));
        }
        $text = curl_exec($curl);
        $status = (int) curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
        curl_close($curl);
        if (!is_string($text)) {
            throw new RuntimeException("no answer from $url");
        }
        return [$status, (array) json_decode($text, true)];
    }

    /** The portal of that name with owner and tariff: the live one, else the latest removed one. */
    public static function portal(string $portalName): ?array
    {
        $query = ['portalName' => $portalName, 'status' => 'all', 'statistics' => true];
        [, $body] = self::call('GET', 'portal/get', $query);
        $found = null;
        foreach ($body['tenants'] ?? [] as $tenant) {
            if ($found === null || $tenant['status'] !== 'RemovePending') {
                $found = $tenant;
            }
        }
        return $found;
    }

    /** The workspace's report of a portal's storage (bytes) and users; answers the HTTP status. */
    public static function reportUsage(string $portalName, int $usedSize, ?int $usersCount = null): int
    {
        $report = ['portalName' => $portalName, 'usedSize' => $usedSize];
        if ($usersCount !== null) {
            $report['usersCount'] = $usersCount;
        }
        return self::call('PUT', 'portal/usage', $report)[0];
    }

    /** Registers a portal as the operator (no API client's): answers the HTTP status. */
    public static function registerOwnPortal(string $portalName): int
    {
        $owner = ['firstName' => 'Op', 'lastName' => 'Erator', 'email' => "op-$portalName@example.com"];
        return self::call('POST', 'portal/register', ['portalName' => $portalName] + $owner)[0];
    }

    /** Every portal (any status) whose owner has this e-mail. */
    public static function portalsOf(string $email): array
    {
        [, $body] = self::call('GET', 'portal/get', ['email' => $email, 'status' => 'all']);
        return $body['tenants'] ?? [];
    }

    /** The latest audit record of an action on a portal. */
    public static function lastAudit(string $portalName, string $action): ?array
    {
        [, $body] = self::call('GET', 'audit/list', ['portalName' => $portalName, 'action' => $action, 'limit' => 1]);
        return $body['events'][0] ?? null;
    }

    private static function token(): string
    {
        $now = gmdate('YmdHis');
        $name = 'phpunit';
        return "ASC $name:$now:" . base64_encode(hash_hmac('sha1', "$now\n$name", TestEnvironment::machineKey(), true));
    }
}
