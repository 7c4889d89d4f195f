<?php

declare(strict_types=1);

/** "Sign in to the portal": a link that signs the owner in, and the refusals. */
final class SingleSignOnTest extends ModuleTestCase
{
    public function testTheLinkSignsTheOwnerInOnThePortal(): void
    {
        $name = self::portalName();
        $id = $this->createdService(['password' => 'whmcs'], [], ['domain' => $name]);
        $result = hostedapi_ServiceSingleSignOn($this->params($id));
        self::assertTrue($result['success'], $result['errorMsg'] ?? '');
        $link = parse_url($result['redirectTo']);
        self::assertStringStartsWith("$name.", $link['host']);
        self::assertSame('/confirm', $link['path']);

        [$status, $headers] = self::open($result['redirectTo']);
        self::assertSame(303, $status);
        self::assertSame('/', $headers['location'] ?? null);
        self::assertStringStartsWith('portal_session=', $headers['set-cookie'] ?? '');
        // Used once: the same link again is refused.
        self::assertSame(410, self::open($result['redirectTo'])[0]);
    }

    public function testAnOwnerWhoHasNotActivatedThePortalIsToldWhy(): void
    {
        $id = $this->createdService(['password' => 'activation']);
        $result = hostedapi_ServiceSingleSignOn($this->params($id));
        self::assertFalse($result['success']);
        self::assertStringContainsString('has not activated it yet', $result['errorMsg']);
        self::assertStringContainsString('params: The owner has not activated the portal yet', $result['errorMsg']);
    }

    public function testASuspendedPortalSignsNobodyIn(): void
    {
        $id = $this->createdService(['password' => 'whmcs']);
        self::assertSame('success', hostedapi_SuspendAccount($this->params($id)));
        $result = hostedapi_ServiceSingleSignOn($this->params($id));
        self::assertFalse($result['success']);
        $message = 'The portal is suspended or removed: there is nothing to sign in to.'
            . ' (portalNameNotFound: Portal not found)';
        self::assertSame($message, $result['errorMsg']);
    }

    public function testAClientWithoutTheLoginlinkScopeGetsAnErrorNamingIt(): void
    {
        $limited = self::asLimitedClient();
        $id = $this->newService(['password' => 'whmcs']);
        self::assertSame('success', hostedapi_CreateAccount($this->params($id, $limited)));
        $result = hostedapi_ServiceSingleSignOn($this->params($id, $limited));
        self::assertFalse($result['success']);
        self::assertStringStartsWith('forbidden: Scope loginlink is required', $result['errorMsg']);
    }

    /** [status, headers] of a GET to a portal host, which resolves to this machine. */
    private static function open(string $url): array
    {
        $parts = parse_url($url);
        $headers = [];
        $curl = curl_init($url);
        curl_setopt_array($curl, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 10,
            CURLOPT_RESOLVE => ["{$parts['host']}:{$parts['port']}:127.0.0.1"],
            CURLOPT_HEADERFUNCTION => static function ($handle, string $line) use (&$headers): int {
                $pair = explode(':', $line, 2);
                if (count($pair) === 2) {
                    $headers[strtolower(trim($pair[0]))] = trim($pair[1]);
                }
                return strlen($line);
            },
        ]);
        curl_exec($curl);
        $status = (int) curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
        curl_close($curl);
        return [$status, $headers];
    }
}
