<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/**
 * Signed calls to the Hosted Solution API with curl: every call carries a fresh ASC token, is
 * logged to WHMCS's module log (secrets masked), and shares one time budget with the other calls
 * of the same module action.
 */
final class ApiClient
{
    /**
     * How parameters are written as JSON. A WHMCS database in another encoding can hand over
     * invalid UTF-8: it goes as U+FFFD rather than failing the call.
     */
    public const JSON_FLAGS = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE;

    private const USER_AGENT = 'hostedapi-whmcs/1.0';

    /** Seconds to wait for the TCP (and TLS) connection: an unreachable host fails fast. */
    private const CONNECT_TIMEOUT = 5.0;

    private readonly float $deadline;

    public function __construct(
        private readonly ServerSettings $server,
        private readonly ModuleLog $log,
        ?float $timeLimit = null,
    ) {
        $this->deadline = microtime(true) + ($timeLimit ?? Module::timeLimit());
    }

    /** The server this client calls. */
    public function server(): ServerSettings
    {
        return $this->server;
    }

    public function get(string $method, array $params = []): ApiResponse
    {
        return $this->call('GET', $method, $params);
    }

    /**
     * A POST, PUT or DELETE. With `$idempotencyKey`, a repeat of the same call (after an answer
     * that got lost) gets the first call's answer back instead of doing it twice.
     */
    public function send(string $verb, string $method, array $params, ?string $idempotencyKey = null): ApiResponse
    {
        return $this->call($verb, $method, $params, $idempotencyKey);
    }

    /** `ASC <name>:<yyyyMMddHHmmss UTC>:<base64 HMAC-SHA1(key, datetime + "\n" + name)>`. */
    public static function ascToken(string $name, string $key, ?int $at = null): string
    {
        $datetime = gmdate('YmdHis', $at ?? time());
        $hash = base64_encode(hash_hmac('sha1', $datetime . "\n" . $name, $key, true));
        return "ASC $name:$datetime:$hash";
    }

    private function call(string $verb, string $method, array $params, ?string $idempotencyKey = null): ApiResponse
    {
        $url = $this->server->baseUrl . '/api/' . $method;
        // GET and DELETE carry their parameters in the query string, the others as JSON.
        $inQuery = $verb === 'GET' || $verb === 'DELETE';
        if ($inQuery && $params !== []) {
            $url .= '?' . http_build_query(self::queryValues($params), '', '&', PHP_QUERY_RFC3986);
        }
        $body = $inQuery ? null : (string) json_encode((object) $params, self::JSON_FLAGS);
        $headers = [
            'Authorization: ' . self::ascToken($this->server->signerName, $this->server->signingKey),
            'Accept: application/json',
            'User-Agent: ' . self::USER_AGENT,
        ];
        if ($body !== null) {
            $headers[] = 'Content-Type: application/json';
        }
        if ($idempotencyKey !== null) {
            $headers[] = 'Idempotency-Key: ' . $idempotencyKey;
        }
        $requestText = "$verb $url" . ($idempotencyKey === null ? '' : "\nIdempotency-Key: $idempotencyKey")
            . ($body === null ? '' : "\n\n" . $body);
        try {
            [$status, $responseHeaders, $text] = $this->transfer($verb, $url, $headers, $body);
        } catch (ApiError $error) {
            $this->log->record($requestText, $error->getMessage(), '');
            throw $error;
        }
        $answer = json_decode($text, true);
        $this->log->addCredentialsOf($answer);
        $this->log->record($requestText, "HTTP $status\n$text", is_array($answer) ? $answer : '');
        if (!is_array($answer)) {
            $hint = "check the server's hostname, port and SSL setting";
            throw new ApiError('answer', "HTTP $status from $url is not a Hosted Solution API answer: $hint", $status);
        }
        if ($status < 200 || $status >= 300) {
            throw ApiError::fromAnswer($status, $answer);
        }
        $replayed = strtolower(trim($responseHeaders['idempotent-replayed'] ?? '')) === 'true';
        return new ApiResponse($status, $answer, $replayed);
    }

    /**
     * One HTTP exchange: [status, headers by lower-case name, body]. Waits no longer than what is
     * left of the action's time budget.
     */
    private function transfer(string $verb, string $url, array $headers, ?string $body): array
    {
        $left = $this->deadline - microtime(true);
        if ($left <= 0.05) {
            $limit = Module::timeLimit();
            throw new ApiError('timeout', "no time left to call {$this->server->baseUrl} (an action has $limit s)");
        }
        $timeout = min($left, Module::timeLimit());
        $responseHeaders = [];
        $curl = curl_init($url);
        curl_setopt_array($curl, [
            CURLOPT_CUSTOMREQUEST => $verb,
            CURLOPT_HTTPHEADER => $headers,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_CONNECTTIMEOUT_MS => (int) (min($timeout, self::CONNECT_TIMEOUT) * 1000),
            CURLOPT_TIMEOUT_MS => (int) ($timeout * 1000),
            // Timeouts under a second need this on resolvers that rely on signals.
            CURLOPT_NOSIGNAL => true,
            CURLOPT_PROTOCOLS => CURLPROTO_HTTP | CURLPROTO_HTTPS,
            CURLOPT_HEADERFUNCTION => static function ($handle, string $line) use (&$responseHeaders): int {
                $parts = explode(':', $line, 2);
                if (count($parts) === 2) {
                    $responseHeaders[strtolower(trim($parts[0]))] = trim($parts[1]);
                }
                return strlen($line);
            },
        ]);
        if ($body !== null) {
            curl_setopt($curl, CURLOPT_POSTFIELDS, $body);
        }
        $text = curl_exec($curl);
        $errno = curl_errno($curl);
        $error = curl_error($curl);
        $status = (int) curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
        curl_close($curl);
        if ($errno === CURLE_OPERATION_TIMEDOUT) {
            throw new ApiError('timeout', sprintf('no answer from %s within %.0f s', $this->server->baseUrl, $timeout));
        }
        if ($errno !== 0 || !is_string($text)) {
            throw new ApiError('unreachable', "cannot reach {$this->server->baseUrl}: $error");
        }
        return [$status, $responseHeaders, $text];
    }

    /** Query-string values as the API reads them: true/false as text, lists comma-separated. */
    private static function queryValues(array $params): array
    {
        $values = [];
        foreach ($params as $name => $value) {
            if ($value === null) {
                continue;
            }
            $values[$name] = match (true) {
                is_bool($value) => $value ? 'true' : 'false',
                is_array($value) => implode(',', array_map('strval', $value)),
                default => (string) $value,
            };
        }
        return $values;
    }
}
