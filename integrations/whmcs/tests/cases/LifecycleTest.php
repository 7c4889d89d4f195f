<?php

declare(strict_types=1);

/** Suspend, unsuspend, terminate and change package, each checked through the API. */
final class LifecycleTest extends ModuleTestCase
{
    public function testSuspendStoresWhmcsReasonAndUnsuspendResumes(): void
    {
        $id = $this->createdService();
        $name = self::row($id)['domain'];
        $reason = 'Overdue on Payment';
        self::assertSame('success', hostedapi_SuspendAccount($this->params($id, ['suspendreason' => $reason])));
        self::assertSame('Suspended', OperatorApi::portal($name)['status']);
        self::assertSame([null, $reason], OperatorApi::lastAudit($name, 'portal.status')['changes']['reason']);

        self::assertSame('success', hostedapi_UnsuspendAccount($this->params($id)));
        self::assertSame('Active', OperatorApi::portal($name)['status']);
    }

    public function testSuspendWithoutAReasonSuspends(): void
    {
        $id = $this->createdService();
        self::assertSame('success', hostedapi_SuspendAccount($this->params($id, ['suspendreason' => ''])));
        self::assertSame('Suspended', OperatorApi::portal(self::row($id)['domain'])['status']);
    }

    public function testTerminateRemovesThePortalAndFreesItsName(): void
    {
        $id = $this->createdService();
        $name = self::row($id)['domain'];
        self::assertSame('success', hostedapi_TerminateAccount($this->params($id)));
        self::assertSame('RemovePending', OperatorApi::portal($name)['status']);
        [, $validated] = OperatorApi::call('POST', 'portal/validateportalname', ['portalName' => $name]);
        self::assertSame('portalNameReadyToRegister', $validated['message']);
    }

    public function testTerminateRepeatedAfterALostAnswerIsSuccess(): void
    {
        $id = $this->createdService();
        self::assertSame('success', hostedapi_TerminateAccount($this->params($id)));
        self::assertSame('success', hostedapi_TerminateAccount($this->params($id)));
    }

    public function testTerminatingAPortalThatNeverExistedIsAnError(): void
    {
        $id = $this->newService();
        self::assertSame('portalNameNotFound: Portal not found', hostedapi_TerminateAccount($this->params($id)));
    }

    public function testChangePackageAppliesTheNewProductsPlan(): void
    {
        $id = $this->createdService(['plan' => 'business']);
        $name = self::row($id)['domain'];
        self::assertSame('success', hostedapi_ChangePackage($this->params($id, ['configoption1' => 'enterprise'])));
        [, $tariff] = OperatorApi::call('GET', 'tariff/get', ['portalName' => $name]);
        self::assertSame('enterprise', $tariff['tariff']['plan']);
        self::assertSame(10000, $tariff['tariff']['activeUsers']);
    }

    public function testChangePackageToAProductWithoutAPlanIsAnError(): void
    {
        $id = $this->createdService(['plan' => 'business']);
        $result = hostedapi_ChangePackage($this->params($id, ['configoption1' => '']));
        self::assertStringStartsWith('settings: the product names no tariff plan', $result);
        self::assertSame('business', OperatorApi::portal(self::row($id)['domain'])['tariff']['plan']);
    }

    public function testCommandsOnAnotherClientsPortalFindNothing(): void
    {
        // The operator's portal: this API client may not see it, let alone suspend it.
        $name = self::portalName();
        self::assertSame(201, OperatorApi::registerOwnPortal($name));
        $id = $this->newService([], [], ['domain' => $name]);
        self::assertSame('portalNameNotFound: Portal not found', hostedapi_SuspendAccount($this->params($id)));
        self::assertSame('Active', OperatorApi::portal($name)['status']);
    }
}
