<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/**
 * What WHMCS shows when a module action fails: always the API's error code and message, and for
 * the errors an administrator can fix, what to do.
 */
final class ErrorText
{
    /** How many of the free names portalNameExist offers are worth showing. */
    private const VARIANTS_SHOWN = 5;

    public static function of(ApiError $error): string
    {
        return $error->getMessage() . self::hint($error);
    }

    /** Why single sign-on was refused, in the words of the person who clicked the button. */
    public static function ofSignIn(ApiError $error): string
    {
        if ($error->is('params', 'not activated')) {
            return 'The portal\'s owner has not activated it yet: open the activation link from the welcome'
                . ' e-mail first. (' . $error->getMessage() . ')';
        }
        if ($error->is('portalNameNotFound')) {
            return 'The portal is suspended or removed: there is nothing to sign in to. (' . $error->getMessage() . ')';
        }
        return self::of($error);
    }

    private static function hint(ApiError $error): string
    {
        return match ($error->errorCode) {
            'portalNameExist' => self::variants($error),
            'authorization' => " (check the server's username and password: an API client's id and secret,"
                . ' or an empty username and the machine key; and that this machine\'s clock is right)',
            'forbidden' => ' (the API client needs the scopes portals:read, portals:write, billing and loginlink)',
            default => '',
        };
    }

    private static function variants(ApiError $error): string
    {
        $variants = array_map('strval', (array) ($error->answer['variants'] ?? []));
        $variants = array_slice($variants, 0, self::VARIANTS_SHOWN);
        return $variants === [] ? '' : ' (free names close to it: ' . implode(', ', $variants) . ')';
    }
}
