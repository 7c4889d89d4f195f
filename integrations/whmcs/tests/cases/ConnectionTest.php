<?php

declare(strict_types=1);

/** The server record's Test Connection, both ways of signing, and a server that does not answer. */
final class ConnectionTest extends ModuleTestCase
{
    public function testAClientWithEveryScopeConnects(): void
    {
        self::assertSame(['success' => true, 'error' => ''], hostedapi_TestConnection(self::server()));
    }

    public function testAWrongSecretFailsTheSignedCall(): void
    {
        $result = hostedapi_TestConnection(self::server(self::withWrongSecret()));
        self::assertFalse($result['success']);
        self::assertStringStartsWith('authorization: Authorization invalid', $result['error']);
    }

    public function testAClientWithoutTheLoginlinkScopeIsToldSo(): void
    {
        $result = hostedapi_TestConnection(self::server(self::asLimitedClient()));
        self::assertFalse($result['success']);
        self::assertStringStartsWith('forbidden: the API client lacks the scope loginlink', $result['error']);
    }

    public function testAnEmptyUsernameSignsAsTheOperatorWithTheMachineKey(): void
    {
        $connected = hostedapi_TestConnection(self::server(self::asOperator()));
        self::assertSame(['success' => true, 'error' => ''], $connected);
        $wrongKey = ['serverpassword' => 'not the machine key'] + self::asOperator();
        $wrong = hostedapi_TestConnection(self::server($wrongKey));
        self::assertFalse($wrong['success']);
        self::assertStringStartsWith('authorization:', $wrong['error']);
    }

    public function testAClosedPortIsAnErrorAtOnce(): void
    {
        $started = microtime(true);
        $result = hostedapi_TestConnection(self::server(['serverport' => (string) self::closedPort()]));
        self::assertFalse($result['success']);
        self::assertStringStartsWith('unreachable: cannot reach http://127.0.0.1:', $result['error']);
        self::assertLessThan(2.0, microtime(true) - $started);
    }

    public function testAServerThatNeverAnswersIsATimeoutWithinTheLimit(): void
    {
        // Listening, so the connection opens, but nobody reads or answers.
        $silent = stream_socket_server('tcp://127.0.0.1:0');
        self::assertNotFalse($silent);
        $port = (int) substr((string) stream_socket_get_name($silent, false), strlen('127.0.0.1:'));
        $id = $this->newService();
        $started = microtime(true);
        $result = hostedapi_CreateAccount($this->params($id, ['serverport' => (string) $port]));
        $took = microtime(true) - $started;
        fclose($silent);
        self::assertStringStartsWith('timeout: no answer from http://127.0.0.1:' . $port, $result);
        self::assertGreaterThan(HOSTEDAPI_TIME_LIMIT - 0.5, $took);
        self::assertLessThan(HOSTEDAPI_TIME_LIMIT + 1.5, $took);
    }

    public function testAMissingHostOrSecretIsNamed(): void
    {
        self::assertStringStartsWith('settings: the server has neither', hostedapi_TestConnection(
            self::server(['serverhostname' => '', 'serverip' => '']),
        )['error']);
        $result = hostedapi_CreateAccount(self::server(['serverpassword' => '']));
        self::assertStringStartsWith("settings: the server's password", $result);
    }

    public function testTheServersSignInButtonOpensTheOperatorConsole(): void
    {
        $console = ['success' => true, 'redirectTo' => TestEnvironment::url() . '/console'];
        self::assertSame($console, hostedapi_AdminSingleSignOn(self::server()));
    }

    /** A local port nothing listens on. */
    private static function closedPort(): int
    {
        $socket = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr((string) stream_socket_get_name($socket, false), strlen('127.0.0.1:'));
        fclose($socket);
        return $port;
    }
}
