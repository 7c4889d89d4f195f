<?php

declare(strict_types=1);

/** The module needs PHP with curl and json only: no Composer, no other extension. */
final class BarePhpTest extends ModuleTestCase
{
    public function testTheModuleWorksInAPhpWithOnlyCurlAndJson(): void
    {
        $command = [PHP_BINARY, '-n', '-d', 'extension=curl', __DIR__ . '/../bare/run-module.php'];
        $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        self::assertIsResource($process);
        $output = stream_get_contents($pipes[1]);
        $errors = stream_get_contents($pipes[2]);
        self::assertSame(0, proc_close($process), $errors . $output);

        $result = json_decode((string) $output, true);
        self::assertIsArray($result, $output . $errors);
        self::assertContains('curl', $result['extensions']);
        foreach (['mbstring', 'intl', 'iconv', 'dom', 'pdo'] as $absent) {
            self::assertNotContains($absent, $result['extensions'], "the bare PHP has no $absent");
        }
        self::assertSame(['success' => true, 'error' => ''], $result['test']);
        self::assertSame('success', $result['create']);
        self::assertTrue($result['signIn']);
        self::assertSame('success', $result['terminate']);
        $portal = OperatorApi::portal($result['portalName']);
        self::assertSame('trial', $portal['tariff']['plan']);
        self::assertSame('fr-FR', $portal['language']);
        self::assertSame('RemovePending', $portal['status']);
    }
}
