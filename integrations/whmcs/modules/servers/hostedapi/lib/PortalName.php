<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/** The portal a WHMCS service stands for: its name is the service's domain field. */
final class PortalName
{
    /**
     * The portal name the order's domain field asks for: lower case, without a scheme, and only
     * the first label of a host name ("Acme-Docs.example.com" → "acme-docs"). Whether the name is
     * valid and free is the API's to say.
     */
    public static function fromDomainField(?string $domain): string
    {
        $name = strtolower(trim((string) $domain));
        $name = (string) preg_replace('#^[a-z]+://#', '', $name);
        $name = rtrim($name, '/.');
        return explode('.', $name, 2)[0];
    }

    /** The portal name of an existing service; an error when the domain field is empty. */
    public static function ofService(array $params): string
    {
        $name = self::fromDomainField((string) ($params['domain'] ?? ''));
        if ($name === '') {
            throw new ApiError('portalNameEmpty', "the service's domain field is empty: it holds the portal's name");
        }
        return $name;
    }
}
