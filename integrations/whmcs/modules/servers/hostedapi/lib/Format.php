<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/** Numbers as people read them. */
final class Format
{
    private const MB = 1048576;

    /** Bytes as WHMCS counts disk: whole megabytes, rounded up so a few bytes never read as none. */
    public static function megabytes(int $bytes): int
    {
        return (int) ceil(max(0, $bytes) / self::MB);
    }

    /** "0 B", "512 KB", "1.5 GB", "100 GB". */
    public static function bytes(int $bytes): string
    {
        $units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
        $value = (float) max(0, $bytes);
        $unit = 0;
        while ($value >= 1024 && $unit < count($units) - 1) {
            $value /= 1024;
            $unit++;
        }
        // One decimal below 10 ("1.5 GB"), none above or for bytes; never a trailing ".0".
        $text = $unit === 0 || $value >= 10 ? (string) round($value) : number_format($value, 1, '.', '');
        return preg_replace('/\.0$/', '', $text) . " {$units[$unit]}";
    }
}
