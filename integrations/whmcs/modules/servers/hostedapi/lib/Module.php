<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/** The module's fixed values, in one place. */
final class Module
{
    /** The folder and file name WHMCS knows the module by; also its name in the module log. */
    public const NAME = 'hostedapi';

    /** The label of WHMCS's single sign-on button for a service. */
    public const SIGN_IN_LABEL = 'Sign in to the portal';

    /** The port the server listens on when run as it comes (npm start). */
    public const DEFAULT_PORT = 8092;

    /** The port of the TLS proxy the server belongs behind in production. */
    public const DEFAULT_SSL_PORT = 443;

    /**
     * Seconds one module call may spend on the API, all its requests together: WHMCS waits for the
     * answer while an administrator or a customer looks at a spinner, so an unreachable or stuck
     * server must give an error within 15 seconds. HOSTEDAPI_TIME_LIMIT, defined before WHMCS loads
     * the module (e.g. in its configuration.php), changes it; the tests shorten it.
     */
    public static function timeLimit(): float
    {
        return defined('HOSTEDAPI_TIME_LIMIT') ? (float) constant('HOSTEDAPI_TIME_LIMIT') : 14.0;
    }

    /**
     * Seconds the cron's calls (usage update, server sync) may spend in all: they page through
     * every portal, so they get longer in total, but no single request waits longer than timeLimit.
     */
    public const BATCH_TIME_LIMIT = 300.0;
}
