<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/**
 * WHMCS's module debug log (Utilities > Logs > Module Log) for one module action: every API
 * request and its answer. Secrets are masked twice: the module replaces them itself before it
 * logs, and passes them to logModuleCall as the values WHMCS masks, so neither a bug here nor a
 * WHMCS version that ignores the list can put a secret in the log.
 */
final class ModuleLog
{
    private const MASK = '********';

    /** A one-time activation or sign-in link: whoever holds it can act as the portal's owner. */
    private const CREDENTIAL_LINK = '/[?&]key=/';

    /** @var list<string> */
    private array $secrets = [];

    public function __construct(private readonly string $action, array $secrets)
    {
        foreach ($secrets as $secret) {
            $this->addSecret((string) $secret);
        }
    }

    /** A value to mask from now on, in every form it can take in a log line. */
    public function addSecret(string $secret): void
    {
        if ($secret === '') {
            return;
        }
        // As it is, inside JSON (with and without escaped slashes and Unicode), and in a URL.
        $forms = [
            $secret,
            substr((string) json_encode($secret, JSON_INVALID_UTF8_SUBSTITUTE), 1, -1),
            substr((string) json_encode($secret, ApiClient::JSON_FLAGS), 1, -1),
            rawurlencode($secret),
            urlencode($secret),
        ];
        foreach ($forms as $form) {
            if ($form !== '' && !in_array($form, $this->secrets, true)) {
                $this->secrets[] = $form;
            }
        }
        // Longest first, so a secret that contains another is masked whole.
        usort($this->secrets, fn (string $a, string $b) => strlen($b) <=> strlen($a));
    }

    /** Masks the one-time links an answer carries (activation, sign-in) before it is logged. */
    public function addCredentialsOf(mixed $answer): void
    {
        if (is_array($answer)) {
            array_walk_recursive($answer, function (mixed $value): void {
                if (is_string($value) && preg_match(self::CREDENTIAL_LINK, $value) === 1) {
                    $this->addSecret($value);
                }
            });
        }
    }

    /** Logs one request and its answer (or what went wrong instead). */
    public function record(string $request, string $response, mixed $processed): void
    {
        if (!function_exists('logModuleCall')) {
            return;
        }
        logModuleCall(
            Module::NAME,
            $this->action,
            $this->mask($request),
            $this->mask($response),
            $this->maskValue($processed),
            $this->secrets,
        );
    }

    /** The text with every secret replaced. */
    public function mask(string $text): string
    {
        return $this->secrets === [] ? $text : str_replace($this->secrets, self::MASK, $text);
    }

    private function maskValue(mixed $value): mixed
    {
        if (is_string($value)) {
            return $this->mask($value);
        }
        if (is_array($value)) {
            return array_map(fn (mixed $item) => $this->maskValue($item), $value);
        }
        return $value;
    }
}
