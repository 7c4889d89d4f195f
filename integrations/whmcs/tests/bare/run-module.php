<?php

declare(strict_types=1);

/**
 * Loads the module in a PHP with nothing but the core, curl and json (php -n -d extension=curl)
 * and creates, signs in to and removes a portal: what a provider's WHMCS host needs, and no more.
 * Prints the extensions it ran with and each result as JSON, for BarePhpTest.
 */

define('WHMCS', true);

require __DIR__ . '/../whmcs/Capsule.php';
require __DIR__ . '/../whmcs/Status.php';
require __DIR__ . '/../whmcs/functions.php';
require __DIR__ . '/../../modules/servers/hostedapi/hostedapi.php';
require __DIR__ . '/../support/TestEnvironment.php';

$url = parse_url(TestEnvironment::url());
$name = 'bare' . bin2hex(random_bytes(4));
$row = ['id' => 1, 'server' => 1, 'domain' => $name, 'username' => '', 'password' => ''];
\WHMCS\Database\Capsule::insertRow('tblhosting', $row);
$params = [
    'serviceid' => 1,
    'serverid' => 1,
    'domain' => $name,
    'username' => '',
    'password' => 'bare-php-password-1',
    'configoption1' => 'trial',
    'configoption2' => 'domain',
    'configoption3' => 'whmcs',
    'clientsdetails' => [
        'firstname' => 'Bare',
        'lastname' => 'Php',
        'email' => "$name@example.com",
        'language' => 'french',
    ],
    'serverhostname' => $url['host'],
    'serverport' => $url['port'],
    'serversecure' => false,
    'serverusername' => TestEnvironment::clientId(),
    'serverpassword' => TestEnvironment::clientSecret(),
];
echo json_encode([
    'extensions' => get_loaded_extensions(),
    'portalName' => $name,
    'test' => hostedapi_TestConnection($params),
    'create' => hostedapi_CreateAccount($params),
    'signIn' => hostedapi_ServiceSingleSignOn($params)['success'],
    'terminate' => hostedapi_TerminateAccount($params),
]);
