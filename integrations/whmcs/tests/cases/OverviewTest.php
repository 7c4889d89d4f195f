<?php

declare(strict_types=1);

/** The portal's overview in the client area and on the admin's service page. */
final class OverviewTest extends ModuleTestCase
{
    private const TEMPLATE = __DIR__ . '/../../modules/servers/hostedapi/templates/clientarea.tpl';

    public function testTheClientAreaShowsAddressStatusPlanStorageUsersAndTheSignInButton(): void
    {
        // With the WHMCS password the owner is activated at once.
        $id = $this->createdService(['plan' => 'business', 'password' => 'whmcs']);
        $name = self::row($id)['domain'];
        self::assertSame(200, OperatorApi::reportUsage($name, 1536 * 1048576, 3));

        $output = hostedapi_ClientArea($this->params($id));
        self::assertSame('templates/clientarea.tpl', $output['tabOverviewModuleOutputTemplate']);
        $vars = $output['templateVariables'];
        self::assertSame('', $vars['error']);
        self::assertSame("clientarea.php?action=productdetails&id=$id&dosinglesignon=1", $vars['signInUrl']);
        $portal = $vars['portal'];
        self::assertMatchesRegularExpression('#^http://' . $name . '\.localhost:\d+$#', $portal['address']);
        self::assertSame('Active', $portal['status']);
        self::assertSame('business', $portal['plan']);
        self::assertSame('1.5 GB of 100 GB', $portal['storage']);
        self::assertSame('3 of 100', $portal['usersText']);
        self::assertFalse($portal['awaitingActivation']);
        self::assertTrue($portal['canSignIn']);
    }

    public function testAPortalItsOwnerHasNotActivatedShowsNoSignInButtonButWhatToDo(): void
    {
        $id = $this->createdService(['password' => 'activation']);
        $portal = hostedapi_ClientArea($this->params($id))['templateVariables']['portal'];
        self::assertSame('Active', $portal['status']);
        self::assertTrue($portal['awaitingActivation']);
        self::assertFalse($portal['canSignIn']);
        $fields = hostedapi_AdminServicesTabFields($this->params($id));
        self::assertStringStartsWith('Not yet: the owner has not activated the portal', $fields['Owner sign-in']);
    }

    public function testTheTemplateUsesOnlyVariablesTheModuleGives(): void
    {
        $id = $this->createdService();
        $vars = hostedapi_ClientArea($this->params($id))['templateVariables'];
        preg_match_all('/\$(\w+)(?:\.(\w+))?/', (string) file_get_contents(self::TEMPLATE), $uses, PREG_SET_ORDER);
        self::assertNotEmpty($uses);
        foreach ($uses as $use) {
            self::assertArrayHasKey($use[1], $vars, "the template uses \${$use[1]}");
            if (isset($use[2])) {
                self::assertArrayHasKey($use[2], $vars[$use[1]], "the template uses \${$use[1]}.{$use[2]}");
            }
        }
    }

    public function testASuspendedPortalShowsNoSignInButton(): void
    {
        $id = $this->createdService();
        hostedapi_SuspendAccount($this->params($id));
        $portal = hostedapi_ClientArea($this->params($id))['templateVariables']['portal'];
        self::assertSame('Suspended', $portal['status']);
        self::assertFalse($portal['awaitingActivation']);
        self::assertFalse($portal['canSignIn']);
    }

    public function testTheCustomerSeesAPlainMessageWhenThePortalCannotBeRead(): void
    {
        $id = $this->createdService();
        $output = hostedapi_ClientArea($this->params($id, self::withWrongSecret()));
        self::assertNull($output['templateVariables']['portal']);
        $message = 'The details of your portal are not available right now. Please try again later.';
        self::assertSame($message, $output['templateVariables']['error']);
    }

    public function testTheAdminSeesTheSameOverviewAsFields(): void
    {
        $id = $this->createdService(['plan' => 'trial', 'password' => 'whmcs']);
        $name = self::row($id)['domain'];
        $fields = hostedapi_AdminServicesTabFields($this->params($id));
        $labels = ['Portal', 'Portal status', 'Tariff plan', 'Storage', 'Users', 'Owner sign-in'];
        self::assertSame($labels, array_keys($fields));
        $link = '#^<a href="http://' . $name . '\.localhost:\d+" target="_blank" rel="noopener">#';
        self::assertMatchesRegularExpression($link, $fields['Portal']);
        self::assertSame('Active', $fields['Portal status']);
        self::assertSame('trial', $fields['Tariff plan']);
        self::assertSame('0 B of 2 GB', $fields['Storage']);
        self::assertSame('0 of 5', $fields['Users']);
        self::assertStringContainsString('&quot;Sign in to the portal&quot; button', $fields['Owner sign-in']);
    }

    public function testTheAdminSeesARemovedPortalAndWhyItCannotBeSignedInto(): void
    {
        $id = $this->createdService();
        hostedapi_TerminateAccount($this->params($id));
        $fields = hostedapi_AdminServicesTabFields($this->params($id));
        self::assertSame(self::row($id)['domain'], $fields['Portal']);
        self::assertSame('Removed', $fields['Portal status']);
        self::assertSame('Not available: the portal is removed.', $fields['Owner sign-in']);
    }

    public function testTheAdminSeesTheErrorWhenThePortalCannotBeRead(): void
    {
        $id = $this->newService();
        $error = 'portalNameNotFound: there is no portal ' . self::row($id)['domain'] . ' (of this API client)';
        self::assertSame(['Hosted Solution API' => $error], hostedapi_AdminServicesTabFields($this->params($id)));
    }
}
