<?php

declare(strict_types=1);

namespace HostedApi\Whmcs;

/**
 * One module action as WHMCS calls it: the server settings, an API client with its own log and
 * time budget, and every failure turned into what WHMCS expects instead of an exception — WHMCS
 * shows a thrown exception as a broken page, or loses it in the cron.
 */
final class Action
{
    /**
     * Runs `$work(Portals)` and returns its result; on failure, `$onError(message)`.
     *
     * @param callable(Portals): mixed $work
     * @param callable(string): mixed $onError
     */
    public static function run(
        string $name,
        array $params,
        callable $work,
        callable $onError,
        ?float $timeLimit = null,
    ): mixed {
        try {
            $server = ServerSettings::fromParams($params);
            // The service's password is the owner's password in one of the product settings: it
            // never reaches the log, whatever the setting.
            $log = new ModuleLog($name, [...$server->secrets(), (string) ($params['password'] ?? '')]);
            return $work(new Portals(new ApiClient($server, $log, $timeLimit)));
        } catch (ApiError $error) {
            return $onError(ErrorText::of($error));
        } catch (\Throwable $error) {
            // A fault of the module itself: name it, so it can be reported, without its trace.
            return $onError('the hostedapi module failed: ' . get_class($error) . ': ' . $error->getMessage());
        }
    }

    /**
     * A core command on the service (create, suspend, …): 'success', or the error text.
     *
     * @param callable(Provisioning): string $command
     */
    public static function command(string $name, array $params, callable $command): string
    {
        return (string) self::run(
            $name,
            $params,
            static fn (Portals $portals) => $command(new Provisioning($portals, $params)),
            static fn (string $message) => $message,
        );
    }
}
