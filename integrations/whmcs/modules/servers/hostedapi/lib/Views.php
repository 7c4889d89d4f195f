<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/** The portal's overview in the client area (a template) and on the admin's service page (fields). */
final class Views
{
    /** The client area's template, shown under the product's details. */
    public const CLIENT_TEMPLATE = 'templates/clientarea.tpl';

    /** What a customer sees when the portal cannot be read (the details are in the module log). */
    public const CLIENT_ERROR = 'The details of your portal are not available right now. Please try again later.';

    /** The template's variables: the overview, and where the sign-in button goes. */
    public static function clientArea(array $overview, array $params): array
    {
        return [
            'tabOverviewModuleOutputTemplate' => self::CLIENT_TEMPLATE,
            'templateVariables' => [
                'portal' => $overview,
                'signInUrl' => self::signInUrl($params),
                'error' => '',
            ],
        ];
    }

    public static function clientAreaError(): array
    {
        return [
            'tabOverviewModuleOutputTemplate' => self::CLIENT_TEMPLATE,
            'templateVariables' => ['portal' => null, 'signInUrl' => '', 'error' => self::CLIENT_ERROR],
        ];
    }

    /** The admin's fields: label => HTML. */
    public static function adminFields(array $overview): array
    {
        $link = self::html($overview['address']);
        $address = $link === ''
            ? self::html($overview['portalName'])
            : '<a href="' . $link . '" target="_blank" rel="noopener">' . $link . '</a>';
        return [
            'Portal' => $address,
            'Portal status' => self::html($overview['status']),
            'Tariff plan' => self::html($overview['plan'] === '' ? '-' : $overview['plan']),
            'Storage' => self::html($overview['storage']),
            'Users' => self::html($overview['usersText']),
            'Owner sign-in' => self::html(self::signInText($overview)),
        ];
    }

    /** Whether the owner can be signed in from WHMCS now, and if not, why. */
    private static function signInText(array $overview): string
    {
        if ($overview['canSignIn']) {
            return 'The "' . Module::SIGN_IN_LABEL . '" button signs in as the owner.';
        }
        if ($overview['awaitingActivation']) {
            return 'Not yet: the owner has not activated the portal (with the link from the welcome e-mail).';
        }
        return 'Not available: the portal is ' . strtolower($overview['status']) . '.';
    }

    public static function adminError(string $message): array
    {
        return ['Hosted Solution API' => self::html($message)];
    }

    /** WHMCS's own single sign-on address for the service: it calls ServiceSingleSignOn. */
    private static function signInUrl(array $params): string
    {
        return 'clientarea.php?action=productdetails&id=' . (int) ($params['serviceid'] ?? 0) . '&dosinglesignon=1';
    }

    private static function html(string $text): string
    {
        return htmlspecialchars($text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
    }
}
