<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/** WHMCS's language names (its language files) as the culture codes a portal is registered with. */
final class Languages
{
    /** The portal's language when the client's is unknown. */
    public const FALLBACK = 'en-US';

    private const CULTURES = [
        'arabic' => 'ar-SA',
        'azerbaijani' => 'az-Latn-AZ',
        'catalan' => 'ca-ES',
        'chinese' => 'zh-CN',
        'croatian' => 'hr-HR',
        'czech' => 'cs-CZ',
        'danish' => 'da-DK',
        'dutch' => 'nl-NL',
        'english' => 'en-US',
        'estonian' => 'et-EE',
        'farsi' => 'fa-IR',
        'french' => 'fr-FR',
        'german' => 'de-DE',
        'hebrew' => 'he-IL',
        'hungarian' => 'hu-HU',
        'italian' => 'it-IT',
        'macedonian' => 'mk-MK',
        'norwegian' => 'nb-NO',
        'portuguese-br' => 'pt-BR',
        'portuguese-pt' => 'pt-PT',
        'romanian' => 'ro-RO',
        'russian' => 'ru-RU',
        'spanish' => 'es-ES',
        'swedish' => 'sv-SE',
        'turkish' => 'tr-TR',
        // WHMCS ships its Ukrainian file under this spelling.
        'ukranian' => 'uk-UA',
        'ukrainian' => 'uk-UA',
    ];

    /** The culture code for a client's language; FALLBACK when it is empty or unknown. */
    public static function cultureOf(?string $language): string
    {
        $name = strtolower(trim((string) $language));
        if (isset(self::CULTURES[$name])) {
            return self::CULTURES[$name];
        }
        // A language added to WHMCS under its culture code ("de-DE", "pt_BR") is taken as it is.
        if (preg_match('/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/', $name) === 1) {
            $parts = explode('-', str_replace('_', '-', $name));
            $last = count($parts) - 1;
            if ($last > 0 && strlen($parts[$last]) === 2) {
                $parts[$last] = strtoupper($parts[$last]);
            }
            return implode('-', $parts);
        }
        return self::FALLBACK;
    }
}
