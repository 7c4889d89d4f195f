/** An admin command refused by the rules (bad e-mail, password policy, no such account): exit code 1. */
export class AdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdminError';
  }
}

/** A mistake in how the command was called (exit code 2), as opposed to an API error (1). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
