<?php

declare(strict_types=1);

/**
 * The server the tests run against: test/e2e/whmcs-module.test.ts starts the real server on a free
 * port, creates the API clients, and passes their addresses and secrets in the environment.
 */
final class TestEnvironment
{
    public static function url(): string
    {
        return self::required('HOSTEDAPI_TEST_URL');
    }

    public static function clientId(): string
    {
        return self::required('HOSTEDAPI_TEST_CLIENT_ID');
    }

    public static function clientSecret(): string
    {
        return self::required('HOSTEDAPI_TEST_CLIENT_SECRET');
    }

    /** A client with portals:read, portals:write and billing, but not loginlink. */
    public static function limitedClientId(): string
    {
        return self::required('HOSTEDAPI_TEST_LIMITED_CLIENT_ID');
    }

    public static function limitedClientSecret(): string
    {
        return self::required('HOSTEDAPI_TEST_LIMITED_CLIENT_SECRET');
    }

    public static function machineKey(): string
    {
        return self::required('HOSTEDAPI_TEST_MACHINE_KEY');
    }

    /** A phone number unique to this run: the node test finds the owner by it in the database. */
    public static function ownerPhone(): string
    {
        return self::required('HOSTEDAPI_TEST_OWNER_PHONE');
    }

    private static function required(string $name): string
    {
        $value = getenv($name);
        if ($value === false || $value === '') {
            throw new RuntimeException("$name is not set: run these tests with node --import tsx --test"
                . ' test/e2e/whmcs-module.test.ts (it starts the server and sets HOSTEDAPI_TEST_*)');
        }
        return $value;
    }
}
