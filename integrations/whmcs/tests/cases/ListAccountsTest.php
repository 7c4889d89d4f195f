<?php

declare(strict_types=1);

use WHMCS\Service\Status;

/** Server sync: the portals of this server as WHMCS's account records. */
final class ListAccountsTest extends ModuleTestCase
{
    public function testEveryLivePortalIsAnAccountWithItsOwnerPlanAndStatus(): void
    {
        $active = $this->createdService(['plan' => 'enterprise']);
        $suspended = $this->createdService(['plan' => 'trial']);
        $removed = $this->createdService();
        hostedapi_SuspendAccount($this->params($suspended));
        hostedapi_TerminateAccount($this->params($removed));

        $result = hostedapi_ListAccounts(self::server());
        self::assertTrue($result['success']);
        $accounts = array_column($result['accounts'], null, 'domain');

        $name = self::row($active)['domain'];
        $email = $this->params($active)['clientsdetails']['email'];
        $created = strtotime(OperatorApi::portal($name)['created']);
        self::assertSame([
            'email' => $email,
            'username' => $email,
            'domain' => $name,
            'uniqueIdentifier' => $name,
            'product' => 'enterprise',
            'primaryip' => '127.0.0.1',
            'created' => date('Y-m-d H:i:s', $created),
            'status' => Status::ACTIVE,
        ], $accounts[$name]);
        self::assertSame(Status::SUSPENDED, $accounts[self::row($suspended)['domain']]['status']);
        self::assertSame('trial', $accounts[self::row($suspended)['domain']]['product']);
        self::assertArrayNotHasKey(self::row($removed)['domain'], $accounts);
    }

    public function testAClientListsOnlyItsOwnPortals(): void
    {
        $name = self::portalName();
        self::assertSame(201, OperatorApi::registerOwnPortal($name));
        $asClient = hostedapi_ListAccounts(self::server())['accounts'];
        self::assertNotContains($name, array_column($asClient, 'domain'));
        $asOperator = hostedapi_ListAccounts(self::server(self::asOperator()))['accounts'];
        self::assertContains($name, array_column($asOperator, 'domain'));
    }

    public function testAFailureIsReportedTheWayWhmcsReadsIt(): void
    {
        $result = hostedapi_ListAccounts(self::server(self::withWrongSecret()));
        self::assertFalse($result['success']);
        self::assertSame([], $result['accounts']);
        self::assertStringStartsWith('authorization: ', $result['error']);
    }
}
