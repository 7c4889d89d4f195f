import type { Access } from '../route-spec.js';
import type { JsonSchema } from './json-schemas.js';

/** The name of the ASC token's security scheme in the document. */
export const ASC_SCHEME = 'ASC';

/** `components.securitySchemes`: the ASC token, sent in the Authorization header. */
export function securitySchemes(): Record<string, JsonSchema> {
  return {
    [ASC_SCHEME]: {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description: [
        'The header value is `ASC <pkey>:<datetime>:<hash>`:',
        '',
        '- `datetime`: the current UTC time as `yyyyMMddHHmmss`; the server accepts tokens from `AUTH_TRUST_INTERVAL` minutes old to `AUTH_FUTURE_SKEW` minutes ahead (5 and 5 by default);',
        '- as the **operator**: `pkey` is any name without `:` (it is recorded in the audit log), and `hash` is HMAC-SHA1 keyed with the machine key (`MACHINE_KEY` or `DATA_DIR/machine.key`) over `datetime + "\\n" + pkey`;',
        '- as an **API client**: `pkey` is its `clientId`, and the HMAC is keyed with the UTF-8 bytes of its secret (from `client/create` or `client/rotate`);',
        '- `hash` may be written in any of four encodings: standard base64 (as the official samples make it), base64url with or without `=` padding, or .NET `UrlTokenEncode` (base64url with a digit counting the removed `=`).',
        '',
        "The scopes listed in an operation's security requirement are the client scope it needs; the operator may call everything.",
      ].join('\n'),
    },
  };
}

/**
 * An operation's security requirement: open methods take a token but need none (an empty
 * requirement makes it optional); signed ones need it, naming the client scope; operator-only
 * ones need the machine key, which has no scope to name.
 */
export function securityOf(access: Access): JsonSchema[] {
  switch (access.kind) {
    case 'open':
      return [{}, { [ASC_SCHEME]: [] }];
    case 'signed':
      return [{ [ASC_SCHEME]: [access.scope] }];
    case 'operator':
      return [{ [ASC_SCHEME]: [] }];
  }
}

/** Vendor extensions naming who may call an operation: `x-access` and, when a client may, `x-scope`. */
export function accessExtensions(access: Access): JsonSchema {
  if (access.kind === 'signed') return { 'x-access': 'signed', 'x-scope': access.scope };
  return { 'x-access': access.kind };
}

/** One sentence for the operation's description: who may call it. */
export function accessSentence(access: Access): string {
  switch (access.kind) {
    case 'open':
      return 'Open: no token needed (a token that is sent must be valid).';
    case 'operator':
      return 'Operator only: signed with the machine key (a client gets 403 `forbidden`).';
    case 'signed': {
      const who = `Signed: the operator, or an API client with the \`${access.scope}\` scope.`;
      if (access.openedBy === 'default')
        return `${who} Without a token too when \`AUTH_ALLOW_SKIP_DEFAULT=true\` (development only).`;
      if (access.openedBy === 'register')
        return `${who} Without a token too when \`AUTH_ALLOW_SKIP_REGISTER=true\` (self-service sign-up; anonymous calls then meet the attempt limit and the CAPTCHA).`;
      return `${who} Never opened by the \`AUTH_ALLOW_SKIP_*\` switches.`;
    }
  }
}
