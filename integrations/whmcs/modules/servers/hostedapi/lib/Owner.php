<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/** The portal owner's registration fields, from the WHMCS client who ordered the portal. */
final class Owner
{
    /** The longest phone number the API stores. */
    private const PHONE_MAX = 32;

    /** Letters, marks, apostrophes, spaces and hyphens: what the API accepts in a person's name. */
    private const NAME_OUTSIDE = "/[^\\p{L}\\p{M}' \\x{2019}-]+/u";

    /** firstName, lastName, email, phone (when usable) and language, as portal/register takes them. */
    public static function fields(array $client): array
    {
        $fields = [
            'firstName' => self::personName((string) ($client['firstname'] ?? '')),
            'lastName' => self::personName((string) ($client['lastname'] ?? '')),
            'email' => trim((string) ($client['email'] ?? '')),
            'language' => Languages::cultureOf((string) ($client['language'] ?? '')),
        ];
        $phone = self::phone($client);
        if ($phone !== '') {
            $fields['phone'] = $phone;
        }
        return $fields;
    }

    /**
     * A WHMCS name without what the API refuses in one ("J. R. Smith 2nd" → "J R Smith nd"). When
     * nothing is left, the name goes as it is, and the API's answer names the field.
     */
    private static function personName(string $name): string
    {
        $cleaned = trim((string) preg_replace('/ {2,}/', ' ', (string) preg_replace(self::NAME_OUTSIDE, ' ', $name)));
        return $cleaned === '' ? trim($name) : $cleaned;
    }

    /**
     * The client's phone in international form ("+1.5551234567") where WHMCS has one. A number too
     * long for the API is left out: a phone is not worth a failed order.
     */
    private static function phone(array $client): string
    {
        foreach (['phonenumberformatted', 'telephoneNumber', 'phonenumber'] as $field) {
            $phone = trim((string) ($client[$field] ?? ''));
            if ($phone !== '') {
                return strlen($phone) <= self::PHONE_MAX ? $phone : '';
            }
        }
        return '';
    }
}
