<?php

declare(strict_types=1);

use HostedApi\Whmcs\ServerSettings;

/** The API's address and the signer, from the ways providers fill in WHMCS's server record. */
final class ServerSettingsTest extends ModuleTestCase
{
    public function testHostPortAndSecureMakeTheAddress(): void
    {
        self::assertSame('https://api.test:8443', self::baseUrl(['serverport' => '8443', 'serversecure' => 'on']));
        self::assertSame('http://api.test:8092', self::baseUrl(['serverport' => '', 'serversecure' => false]));
        self::assertSame('https://api.test:443', self::baseUrl(['serverport' => '', 'serversecure' => true]));
    }

    public function testTheIpAddressServesWhenThereIsNoHostname(): void
    {
        self::assertSame('http://192.0.2.7:8092', self::baseUrl(['serverhostname' => '', 'serverip' => '192.0.2.7']));
        $ipv6 = ['serverhostname' => '', 'serverip' => '2001:db8::7'];
        self::assertSame('http://[2001:db8::7]:8092', self::baseUrl($ipv6));
    }

    public function testAnAddressOrAPortTypedIntoTheHostnameFieldIsTaken(): void
    {
        self::assertSame('https://api.test:9443', self::baseUrl(['serverhostname' => 'https://api.test:9443/']));
        self::assertSame('http://api.test:9000', self::baseUrl(['serverhostname' => 'api.test:9000']));
    }

    public function testAnEmptyUsernameSignsAsTheOperator(): void
    {
        $client = ServerSettings::fromParams(self::record(['serverusername' => 'whmcs-client']));
        self::assertSame(['whmcs-client', false], [$client->signerName, $client->asOperator]);
        $operator = ServerSettings::fromParams(self::record(['serverusername' => ' ']));
        self::assertSame([ServerSettings::OPERATOR_NAME, true], [$operator->signerName, $operator->asOperator]);
    }

    private static function baseUrl(array $overrides): string
    {
        return ServerSettings::fromParams(self::record($overrides))->baseUrl;
    }

    private static function record(array $overrides): array
    {
        return $overrides + [
            'serverhostname' => 'api.test',
            'serverip' => '',
            'serverport' => '',
            'serversecure' => false,
            'serverusername' => '',
            'serverpassword' => 'secret',
        ];
    }
}
