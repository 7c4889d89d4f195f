<?php

declare(strict_types=1);

/** A server record with an empty username: the module signs as the operator with the machine key. */
final class OperatorSigningTest extends ModuleTestCase
{
    protected static function server(array $overrides = []): array
    {
        return parent::server($overrides + ['serverusername' => '', 'serverpassword' => TestEnvironment::machineKey()]);
    }

    public function testTheWholeLifeOfAPortalWorksAsTheOperator(): void
    {
        $id = $this->createdService(['plan' => 'business', 'password' => 'whmcs']);
        $name = self::row($id)['domain'];
        $portal = OperatorApi::portal($name);
        self::assertNull($portal['clientId'], "the operator's portal belongs to no client");
        self::assertSame('business', $portal['tariff']['plan']);
        self::assertSame("operator", OperatorApi::lastAudit($name, 'portal.register')['actor']['type']);
        self::assertSame('whmcs', OperatorApi::lastAudit($name, 'portal.register')['actor']['id']);

        self::assertTrue(hostedapi_ServiceSingleSignOn($this->params($id))['success']);
        self::assertSame('success', hostedapi_SuspendAccount($this->params($id, ['suspendreason' => 'Abuse'])));
        self::assertSame('Suspended', OperatorApi::portal($name)['status']);
        self::assertSame('success', hostedapi_UnsuspendAccount($this->params($id)));
        self::assertSame('success', hostedapi_ChangePackage($this->params($id, ['configoption1' => 'trial'])));
        self::assertSame('trial', OperatorApi::portal($name)['tariff']['plan']);
        self::assertSame('success', hostedapi_TerminateAccount($this->params($id)));
        self::assertSame('RemovePending', OperatorApi::portal($name)['status']);
    }

    public function testARetriedCreateAsTheOperatorMakesOnePortal(): void
    {
        $id = $this->newService();
        self::assertSame('success', hostedapi_CreateAccount($this->params($id)));
        self::assertSame('success', hostedapi_CreateAccount($this->params($id)));
        self::assertCount(1, OperatorApi::portalsOf($this->params($id)['clientsdetails']['email']));
    }
}
