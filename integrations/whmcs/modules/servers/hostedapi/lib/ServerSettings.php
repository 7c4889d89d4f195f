<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/**
 * Where the Hosted Solution API listens and who signs the calls, read from WHMCS's server record:
 * hostname (or IP), port and "secure" make the address; username and password are an API
 * client's id and secret, or, with an empty username, the operator's machine key.
 */
final class ServerSettings
{
    /** The token name the operator signs with: the server's audit log shows the calls under it. */
    public const OPERATOR_NAME = 'whmcs';

    public function __construct(
        /** e.g. https://api.example.com:8092, without a trailing slash */
        public readonly string $baseUrl,
        /** The token's name: the client id, or OPERATOR_NAME. */
        public readonly string $signerName,
        /** The HMAC key: the client's secret, or the machine key. */
        public readonly string $signingKey,
        public readonly bool $asOperator,
    ) {
    }

    /** The settings of the server WHMCS passes in a module call's parameters. */
    public static function fromParams(array $params): self
    {
        $host = trim((string) ($params['serverhostname'] ?? ''));
        if ($host === '') {
            $host = trim((string) ($params['serverip'] ?? ''));
        }
        if ($host === '') {
            throw new ApiError('settings', 'the server has neither a hostname nor an IP address');
        }
        $key = (string) ($params['serverpassword'] ?? '');
        if ($key === '') {
            throw new ApiError('settings', "the server's password (a client's secret, or the machine key) is empty");
        }
        $clientId = trim((string) ($params['serverusername'] ?? ''));
        $asOperator = $clientId === '';
        $signerName = $asOperator ? self::OPERATOR_NAME : $clientId;
        return new self(self::baseUrl($host, $params), $signerName, $key, $asOperator);
    }

    /** The values that must never reach a log. */
    public function secrets(): array
    {
        return [$this->signingKey];
    }

    private static function baseUrl(string $host, array $params): string
    {
        // Some providers paste the whole address into the hostname field: take it as it is.
        if (preg_match('#^https?://#i', $host) === 1) {
            return rtrim($host, '/');
        }
        $secure = self::isOn($params['serversecure'] ?? false);
        $port = (int) ($params['serverport'] ?? 0);
        // "host:port" in the hostname field: that port wins.
        if (preg_match('/^([^:\[\]]+):(\d+)$/', $host, $parts) === 1) {
            $host = $parts[1];
            $port = (int) $parts[2];
        }
        if ($port <= 0) {
            $port = $secure ? Module::DEFAULT_SSL_PORT : Module::DEFAULT_PORT;
        }
        // An IPv6 address needs brackets in a URL.
        if (filter_var($host, FILTER_VALIDATE_IP, FILTER_FLAG_IPV6) !== false) {
            $host = "[$host]";
        }
        return ($secure ? 'https' : 'http') . "://$host:$port";
    }

    /** WHMCS passes check boxes as true, 1, "on" or "1" depending on where the call comes from. */
    private static function isOn(mixed $value): bool
    {
        return $value === true || $value === 1 || $value === '1' || $value === 'on';
    }
}
