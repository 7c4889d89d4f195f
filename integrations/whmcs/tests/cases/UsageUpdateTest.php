<?php

declare(strict_types=1);

use WHMCS\Database\Capsule;

/** The cron's usage update: the storage the workspace reported, in MB, on the matching services. */
final class UsageUpdateTest extends ModuleTestCase
{
    private const MB = 1048576;

    public function testReportedUsageAndTheQuotaReachTheServiceInMegabytes(): void
    {
        $id = $this->createdService(['plan' => 'business']);
        $name = self::row($id)['domain'];
        self::assertSame(200, OperatorApi::reportUsage($name, 5 * self::MB + 1, 3));

        self::assertSame('success', hostedapi_UsageUpdate(self::server()));
        $row = self::row($id);
        // Rounded up: a portal with a few bytes in it does not read as empty.
        self::assertSame(6, $row['diskusage']);
        self::assertSame(100 * 1024, $row['disklimit']);
        self::assertMatchesRegularExpression('/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/', $row['lastupdate']);
        self::assertLessThan(60, abs(time() - strtotime($row['lastupdate'])));
    }

    public function testOnlyServicesOfThisServerAreUpdated(): void
    {
        $id = $this->createdService();
        $name = self::row($id)['domain'];
        self::assertSame(200, OperatorApi::reportUsage($name, 7 * self::MB));
        // The same name on another WHMCS server is another service.
        $elsewhere = $id + 1;
        Capsule::insertRow('tblhosting', [
            'id' => $elsewhere,
            'server' => self::SERVER_ID + 1,
            'domain' => $name,
            'diskusage' => 0,
        ]);

        self::assertSame('success', hostedapi_UsageUpdate(self::server()));
        self::assertSame(7, self::row($id)['diskusage']);
        self::assertSame(0, Capsule::row('tblhosting', $elsewhere)['diskusage']);
    }

    public function testASuspendedPortalIsUpdatedAndARemovedOneIsNot(): void
    {
        $suspended = $this->createdService();
        $removed = $this->createdService();
        foreach ([$suspended, $removed] as $id) {
            self::assertSame(200, OperatorApi::reportUsage(self::row($id)['domain'], 2 * self::MB));
        }
        hostedapi_SuspendAccount($this->params($suspended));
        hostedapi_TerminateAccount($this->params($removed));

        self::assertSame('success', hostedapi_UsageUpdate(self::server()));
        self::assertSame(2, self::row($suspended)['diskusage']);
        self::assertSame(0, self::row($removed)['diskusage']);
    }

    public function testAServerThatCannotBeReadIsAnErrorString(): void
    {
        self::assertStringStartsWith('authorization: ', hostedapi_UsageUpdate(self::server(self::withWrongSecret())));
    }
}
