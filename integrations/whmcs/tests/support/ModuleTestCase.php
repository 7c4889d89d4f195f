<?php

declare(strict_types=1);

use PHPUnit\Framework\TestCase;
use WHMCS\Database\Capsule;

/**
 * Runs the module's functions the way WHMCS calls them: with the parameters WHMCS builds from the
 * service (tblhosting, here the Capsule stand-in), its product's module settings, its client and
 * its server — read again before every call, so what one call writes back the next one sees.
 */
abstract class ModuleTestCase extends TestCase
{
    /** The WHMCS server record the module's services are on. */
    protected const SERVER_ID = 7;

    /** @var array<int, array{product: array, client: array}> */
    private array $services = [];

    protected function setUp(): void
    {
        WhmcsRecorder::reset();
    }

    /** A random portal name, so tests never collide. */
    protected static function portalName(string $prefix = 'whmcs'): string
    {
        return $prefix . bin2hex(random_bytes(4));
    }

    /** A WHMCS client, as clientsdetails holds one. */
    protected static function client(array $overrides = []): array
    {
        return $overrides + [
            'firstname' => 'Ada',
            'lastname' => 'Lovelace',
            'email' => 'owner-' . bin2hex(random_bytes(4)) . '@example.com',
            'phonenumber' => '2071234567',
            'phonecc' => '44',
            'phonenumberformatted' => '+44.2071234567',
            'language' => 'english',
        ];
    }

    /**
     * A new service on the module's server (a tblhosting row, pending creation): `$product` holds
     * the module settings by name (plan, naming, password), `$service` the row's columns.
     */
    protected function newService(array $product = [], array $client = [], array $service = []): int
    {
        $id = random_int(1, PHP_INT_MAX >> 8);
        $domain = $service['domain'] ?? self::portalName();
        Capsule::insertRow('tblhosting', $service + [
            'id' => $id,
            'server' => self::SERVER_ID,
            'domain' => $domain,
            // WHMCS's default: the first 8 letters of the domain.
            'username' => substr(preg_replace('/[^a-z]/', '', $domain), 0, 8),
            'password' => 'Pw' . bin2hex(random_bytes(5)),
            'diskusage' => 0,
            'disklimit' => 0,
            'lastupdate' => '0000-00-00 00:00:00',
        ]);
        $this->services[$id] = [
            'product' => $product + ['plan' => 'business', 'naming' => 'domain', 'password' => 'activation'],
            'client' => self::client($client),
        ];
        return $id;
    }

    /** The module parameters WHMCS passes for the service now; `$extra` adds or replaces some. */
    protected function params(int $serviceId, array $extra = []): array
    {
        $row = Capsule::row('tblhosting', $serviceId) ?? throw new LogicException("no service $serviceId");
        $service = $this->services[$serviceId];
        return $extra + [
            'serviceid' => $serviceId,
            'userid' => 1,
            'pid' => 1,
            'serverid' => (int) $row['server'],
            'domain' => $row['domain'],
            'username' => $row['username'],
            'password' => $row['password'],
            'producttype' => 'other',
            'moduletype' => 'hostedapi',
            'configoption1' => $service['product']['plan'],
            'configoption2' => $service['product']['naming'],
            'configoption3' => $service['product']['password'],
            'clientsdetails' => $service['client'],
            'customfields' => [],
            'configoptions' => [],
        ] + static::server();
    }

    /** The server record's part of the parameters: the API client with every scope the module uses. */
    protected static function server(array $overrides = []): array
    {
        $url = parse_url(TestEnvironment::url());
        return $overrides + [
            'server' => true,
            'serverid' => self::SERVER_ID,
            'serverip' => '127.0.0.1',
            'serverhostname' => (string) $url['host'],
            'serverport' => (string) $url['port'],
            'serversecure' => false,
            'serverusername' => TestEnvironment::clientId(),
            'serverpassword' => TestEnvironment::clientSecret(),
            'serveraccesshash' => '',
        ];
    }

    /** Server settings that sign as the operator: an empty username, the machine key as password. */
    protected static function asOperator(): array
    {
        return ['serverusername' => '', 'serverpassword' => TestEnvironment::machineKey()];
    }

    /** Server settings of the API client without the loginlink scope. */
    protected static function asLimitedClient(): array
    {
        return [
            'serverusername' => TestEnvironment::limitedClientId(),
            'serverpassword' => TestEnvironment::limitedClientSecret(),
        ];
    }

    /** Server settings with a secret that is not the API client's. */
    protected static function withWrongSecret(): array
    {
        return ['serverpassword' => 'not the secret'];
    }

    /** The service's row as it is now. */
    protected static function row(int $serviceId): array
    {
        return Capsule::row('tblhosting', $serviceId) ?? throw new LogicException("no service $serviceId");
    }

    /** Creates the service's portal and asserts that it worked. */
    protected function createdService(array $product = [], array $client = [], array $service = []): int
    {
        $id = $this->newService($product, $client, $service);
        self::assertSame('success', hostedapi_CreateAccount($this->params($id)));
        return $id;
    }
}
