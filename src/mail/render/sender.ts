import type { MailSender } from '../../domain/brand/brand.js';

/** `"Name" <address>`: the name quoted, so a comma or colon in it cannot split the header. */
export function formatSender(sender: MailSender): string {
  const name = sender.name.replace(/[\r\n]/g, ' ').replace(/(["\\])/g, '\\$1');
  return name === '' ? sender.address : `"${name}" <${sender.address}>`;
}
