/** Where the console's pages live: the one place their URLs are spelled. */

export const CONSOLE_ROOT = '/console';

export const consolePaths = {
  overview: CONSOLE_ROOT,
  signin: `${CONSOLE_ROOT}/signin`,
  signout: `${CONSOLE_ROOT}/signout`,
  portals: `${CONSOLE_ROOT}/portals`,
  portal: (tenantId: number) => `${CONSOLE_ROOT}/portals/${tenantId}`,
  portalAction: (
    tenantId: number,
    action:
      'tariff' | 'status' | 'remove' | 'resend-activation' | 'login-link' | 'protection' | 'cancel-removal' | 'restore',
  ) => `${CONSOLE_ROOT}/portals/${tenantId}/${action}`,
  clients: `${CONSOLE_ROOT}/clients`,
  client: (clientId: string) => `${CONSOLE_ROOT}/clients/${encodeURIComponent(clientId)}`,
  clientAction: (clientId: string, action: 'update' | 'rotate' | 'disable' | 'enable' | 'remove') =>
    `${CONSOLE_ROOT}/clients/${encodeURIComponent(clientId)}/${action}`,
  webhooks: `${CONSOLE_ROOT}/webhooks`,
  webhook: (webhookId: string) => `${CONSOLE_ROOT}/webhooks/${encodeURIComponent(webhookId)}`,
  webhookAction: (webhookId: string, action: 'update' | 'test' | 'rotate' | 'state' | 'remove') =>
    `${CONSOLE_ROOT}/webhooks/${encodeURIComponent(webhookId)}/${action}`,
  redeliver: `${CONSOLE_ROOT}/webhooks/redeliver`,
  bulk: `${CONSOLE_ROOT}/portals/bulk`,
  job: (jobId: string) => `${CONSOLE_ROOT}/jobs/${encodeURIComponent(jobId)}`,
  jobCancel: (jobId: string) => `${CONSOLE_ROOT}/jobs/${encodeURIComponent(jobId)}/cancel`,
  audit: `${CONSOLE_ROOT}/audit`,
  settings: `${CONSOLE_ROOT}/settings`,
  baseDomain: `${CONSOLE_ROOT}/settings/base-domain`,
  branding: `${CONSOLE_ROOT}/branding`,
  previews: `${CONSOLE_ROOT}/settings/previews`,
} as const;

/** `path` with the query parameters that are set (empty values left out). */
export function withQuery(path: string, query: Readonly<Record<string, string | number | undefined | null>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

/**
 * A place inside the console to come back to (after sign-in, after a redelivery), or undefined:
 * only a path of this console, never another site (an open redirect) or a protocol-relative URL.
 */
export function consoleReturnPath(value: string | undefined): string | undefined {
  if (
    value === undefined ||
    value.length > 2000 ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.includes('\\')
  )
    return undefined;
  let url: URL;
  try {
    url = new URL(value, 'http://console.invalid');
  } catch {
    return undefined;
  }
  // Resolved (so `/console/../api` is seen for what it is), on no other host, inside the console.
  if (
    url.origin !== 'http://console.invalid' ||
    !(url.pathname === CONSOLE_ROOT || url.pathname.startsWith(`${CONSOLE_ROOT}/`))
  )
    return undefined;
  return `${url.pathname}${url.search}`;
}
