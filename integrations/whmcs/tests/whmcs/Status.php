<?php

declare(strict_types=1);

namespace WHMCS\Service;

/** WHMCS's service statuses, as the module's server sync answers them. */
final class Status
{
    public const PENDING = 'Pending';
    public const ACTIVE = 'Active';
    public const SUSPENDED = 'Suspended';
    public const TERMINATED = 'Terminated';
    public const CANCELLED = 'Cancelled';
    public const FRAUD = 'Fraud';
    public const COMPLETED = 'Completed';
}
