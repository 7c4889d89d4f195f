{* The portal's overview under the product's details; variables from hostedapi_ClientArea. *}
<div class="hostedapi-portal">
{if $error}
    <div class="alert alert-warning">{$error|escape:'html'}</div>
{else}
    <div class="row">
        <div class="col-sm-5 text-right"><strong>Portal</strong></div>
        <div class="col-sm-7">
            {if $portal.address}
                <a href="{$portal.address|escape:'html'}" target="_blank" rel="noopener">{$portal.address|escape:'html'}</a>
            {else}
                {$portal.portalName|escape:'html'}
            {/if}
        </div>
    </div>
    <div class="row">
        <div class="col-sm-5 text-right"><strong>Status</strong></div>
        <div class="col-sm-7">{$portal.status|escape:'html'}</div>
    </div>
    <div class="row">
        <div class="col-sm-5 text-right"><strong>Plan</strong></div>
        <div class="col-sm-7">{$portal.plan|escape:'html'}</div>
    </div>
    <div class="row">
        <div class="col-sm-5 text-right"><strong>Storage used</strong></div>
        <div class="col-sm-7">{$portal.storage|escape:'html'}</div>
    </div>
    <div class="row">
        <div class="col-sm-5 text-right"><strong>Users</strong></div>
        <div class="col-sm-7">{$portal.usersText|escape:'html'}</div>
    </div>
    {if $portal.awaitingActivation}
        <p class="text-center text-muted">Activate your portal with the link in the welcome e-mail; then you can sign in from here.</p>
    {/if}
    {if $portal.canSignIn}
        <p class="text-center">
            <a href="{$signInUrl|escape:'html'}" class="btn btn-primary" target="_blank" rel="noopener">Sign in to the portal</a>
        </p>
    {/if}
{/if}
</div>
