<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/** A successful API answer. */
final class ApiResponse
{
    public function __construct(
        public readonly int $status,
        /** The decoded JSON body. */
        public readonly array $body,
        /** True when the server answered a repeated Idempotency-Key with the first call's answer. */
        public readonly bool $replayed,
    ) {
    }
}
