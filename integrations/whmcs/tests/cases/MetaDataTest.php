<?php

declare(strict_types=1);

/** What WHMCS reads before any service exists: the module's metadata and product settings. */
final class MetaDataTest extends ModuleTestCase
{
    public function testMetaDataDescribesAServerModuleWithSyncAndSignIn(): void
    {
        $meta = hostedapi_MetaData();
        self::assertSame('1.1', $meta['APIVersion']);
        self::assertTrue($meta['RequiresServer']);
        self::assertNotSame('', $meta['DisplayName']);
        self::assertSame('8092', $meta['DefaultNonSSLPort']);
        self::assertSame('443', $meta['DefaultSSLPort']);
        self::assertSame('domain', $meta['ListAccountsUniqueIdentifierField']);
        self::assertSame('configoption1', $meta['ListAccountsProductField']);
        self::assertSame('Sign in to the portal', $meta['ServiceSingleSignOnLabel']);
        self::assertSame('Open the operator console', $meta['AdminSingleSignOnLabel']);
    }

    public function testConfigOptionsComeInTheOrderOfConfigoption1To3(): void
    {
        $options = array_values(hostedapi_ConfigOptions());
        self::assertSame(['Tariff plan', 'Portal name', 'Owner password'], array_column($options, 'FriendlyName'));
        self::assertSame('hostedapi_LoadPlans', $options[0]['Loader']);
        self::assertSame(['domain', 'generated'], array_keys($options[1]['Options']));
        self::assertSame('domain', $options[1]['Default']);
        self::assertSame(['activation', 'whmcs'], array_keys($options[2]['Options']));
        self::assertSame('activation', $options[2]['Default']);
    }

    public function testThePlanLoaderOffersTheServersPlans(): void
    {
        $choices = hostedapi_LoadPlans(self::server());
        [, $body] = OperatorApi::call('GET', 'tariff/all');
        self::assertSame(array_column($body['tariffs'], 'plan'), array_keys($choices));
        self::assertSame('business (100 users, 100 GB)', $choices['business']);
    }

    public function testThePlanLoaderThrowsWhatWentWrongForWhmcsToShow(): void
    {
        $this->expectException(Exception::class);
        $this->expectExceptionMessage('authorization: Authorization invalid');
        hostedapi_LoadPlans(self::server(['serverpassword' => 'not the secret']));
    }
}
