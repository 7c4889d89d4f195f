<?php

declare(strict_types=1);

/**
 * Stand-ins for the two WHMCS functions the module calls. Both record what they were given, so a
 * test can check what the module logged and what it wrote back to the service.
 */

use WHMCS\Database\Capsule;

final class WhmcsRecorder
{
    /**
     * Every logModuleCall, as given.
     *
     * @var list<array{module: string, action: string, request: mixed, response: mixed, processed: mixed,
     *     replace: array}>
     */
    public static array $moduleLog = [];

    /** @var list<array{command: string, data: array}> */
    public static array $localApi = [];

    public static function reset(): void
    {
        self::$moduleLog = [];
        self::$localApi = [];
        Capsule::reset();
    }
}

/**
 * WHMCS's module debug log: recorded as given, unmasked — masking $replaceVars is WHMCS's job, and
 * the tests check that the module does not rely on it.
 */
function logModuleCall($module, $action, $requestString, $responseData, $processedData = '', $replaceVars = []): void
{
    WhmcsRecorder::$moduleLog[] = [
        'module' => $module,
        'action' => $action,
        'request' => $requestString,
        'response' => $responseData,
        'processed' => $processedData,
        'replace' => (array) $replaceVars,
    ];
}

/** WHMCS's internal API; the module uses UpdateClientProduct, applied to the tblhosting stand-in. */
function localAPI($command, $values = [], $adminUser = null): array
{
    WhmcsRecorder::$localApi[] = ['command' => $command, 'data' => $values];
    if ($command !== 'UpdateClientProduct') {
        return ['result' => 'error', 'message' => "the stand-in knows no $command"];
    }
    $serviceId = (int) ($values['serviceid'] ?? 0);
    if (Capsule::row('tblhosting', $serviceId) === null) {
        return ['result' => 'error', 'message' => 'Service ID Not Found'];
    }
    $columns = ['domain' => 'domain', 'serviceusername' => 'username', 'servicepassword' => 'password'];
    $changes = [];
    foreach ($columns as $field => $column) {
        if (array_key_exists($field, $values)) {
            $changes[$column] = $values[$field];
        }
    }
    Capsule::table('tblhosting')->where('id', $serviceId)->update($changes);
    return ['result' => 'success', 'serviceid' => $serviceId];
}
