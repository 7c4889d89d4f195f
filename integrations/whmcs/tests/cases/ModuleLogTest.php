<?php

declare(strict_types=1);

/**
 * The module log: every API call is recorded, and no secret ever is — neither the API secret, nor
 * the owner's password, nor a one-time activation or sign-in link.
 */
final class ModuleLogTest extends ModuleTestCase
{
    public function testEveryCallIsLoggedWithItsAction(): void
    {
        $this->createdService();
        $actions = array_column(WhmcsRecorder::$moduleLog, 'action');
        self::assertSame(['CreateAccount', 'CreateAccount'], $actions);
        [$register, $plan] = WhmcsRecorder::$moduleLog;
        self::assertStringStartsWith('POST ' . TestEnvironment::url() . '/api/portal/register', $register['request']);
        self::assertStringStartsWith('HTTP 201', $register['response']);
        self::assertStringStartsWith('PUT ' . TestEnvironment::url() . '/api/tariff/set', $plan['request']);
        self::assertSame('hostedapi', $register['module']);
    }

    public function testNoSecretReachesTheLogAndEachIsGivenToWhmcsToMask(): void
    {
        $id = $this->newService(['password' => 'whmcs']);
        $password = $this->params($id)['password'] . '/"quoted"';
        $params = $this->params($id, ['password' => $password]);
        self::assertSame('success', hostedapi_CreateAccount($params));
        $signIn = hostedapi_ServiceSingleSignOn($params);
        self::assertTrue($signIn['success']);
        hostedapi_TestConnection(self::server());

        $secrets = [
            TestEnvironment::clientSecret(),
            $password,
            substr((string) json_encode($password), 1, -1),
            substr((string) json_encode($password, JSON_UNESCAPED_SLASHES), 1, -1),
            $signIn['redirectTo'],
        ];
        self::assertNotEmpty(WhmcsRecorder::$moduleLog);
        foreach (WhmcsRecorder::$moduleLog as $entry) {
            $logged = json_encode([$entry['request'], $entry['response'], $entry['processed']], JSON_UNESCAPED_SLASHES);
            foreach ($secrets as $secret) {
                self::assertStringNotContainsString($secret, $logged);
            }
            self::assertStringNotContainsString('key=', $logged, 'no one-time link key');
            self::assertContains(TestEnvironment::clientSecret(), $entry['replace']);
            if ($entry['action'] !== 'TestConnection') {
                // WHMCS passes a service's password to the service's actions only.
                self::assertContains($password, $entry['replace']);
            }
        }
        self::assertStringContainsString('"password":"********"', WhmcsRecorder::$moduleLog[0]['request']);
        self::assertStringContainsString('"reference":"********"', WhmcsRecorder::$moduleLog[0]['response']);
    }

    public function testTheMachineKeyNeverReachesTheLog(): void
    {
        $id = $this->newService();
        self::assertSame('success', hostedapi_CreateAccount($this->params($id, self::asOperator())));
        foreach (WhmcsRecorder::$moduleLog as $entry) {
            $logged = json_encode([$entry['request'], $entry['response'], $entry['processed']], JSON_UNESCAPED_SLASHES);
            self::assertStringNotContainsString(TestEnvironment::machineKey(), $logged);
            self::assertContains(TestEnvironment::machineKey(), $entry['replace']);
        }
    }
}
