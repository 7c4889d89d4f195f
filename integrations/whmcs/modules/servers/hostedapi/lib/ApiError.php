<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/**
 * A call that did not succeed: the API's own error (its code, e.g. portalNameExist, and message),
 * or the module's (settings, unreachable, timeout, answer). Its message is what WHMCS shows:
 * "<code>: <text>".
 */
final class ApiError extends \RuntimeException
{
    public function __construct(
        public readonly string $errorCode,
        public readonly string $text,
        /** The HTTP status; 0 when no answer came. */
        public readonly int $httpStatus = 0,
        /** The decoded error answer, e.g. with portalNameExist's free `variants`. */
        public readonly array $answer = [],
    ) {
        parent::__construct("$errorCode: $text");
    }

    /** The error an API answer carries: {"error": code, "message": text or a list of problems}. */
    public static function fromAnswer(int $status, array $answer): self
    {
        $code = is_string($answer['error'] ?? null) ? $answer['error'] : "http$status";
        $message = $answer['message'] ?? 'no message';
        $text = is_array($message) ? implode('; ', array_map('strval', $message)) : (string) $message;
        return new self($code, $text, $status, $answer);
    }

    /** True for the API's error `code` (and, when given, a message containing `text`). */
    public function is(string $code, ?string $text = null): bool
    {
        return $this->errorCode === $code && ($text === null || str_contains($this->text, $text));
    }
}
