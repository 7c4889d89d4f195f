<?php

declare(strict_types=1);

/**
 * The PHP tests' start: the WHMCS stand-ins (logModuleCall, localAPI, Capsule, Status), then the
 * module as WHMCS loads it, then the tests' helpers.
 */

define('WHMCS', true);

// One module action may spend this long on the API (14 s in WHMCS): shorter, so the stuck-server
// test is quick, and still far more than any call takes on a busy test machine.
define('HOSTEDAPI_TIME_LIMIT', 5);

require __DIR__ . '/whmcs/Capsule.php';
require __DIR__ . '/whmcs/Status.php';
require __DIR__ . '/whmcs/functions.php';
require __DIR__ . '/../modules/servers/hostedapi/hostedapi.php';
require __DIR__ . '/support/TestEnvironment.php';
require __DIR__ . '/support/OperatorApi.php';
require __DIR__ . '/support/ModuleTestCase.php';
