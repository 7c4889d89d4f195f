import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { smtpTransport } from '../../src/mail/transport.js';
import { startSmtpPeer } from '../helpers/smtp-peer.js';

/**
 * What reaches a real SMTP server: a brand's sender in From (MAIL_FROM otherwise), and the
 * headers a notice carries (List-Unsubscribe with one-click) exactly as given.
 */
describe('the SMTP transport', () => {
  it('sends From the message names, else MAIL_FROM, and the extra headers', async () => {
    const smtp = await startSmtpPeer();
    const transport = smtpTransport(`smtp://127.0.0.1:${smtp.port}`, 'Portals <portals@example.com>');
    try {
      await transport.send({
        to: 'owner-a@example.com',
        subject: 'Usage',
        text: 'text part',
        html: '<p>html part</p>',
        from: '"Acme Office" <noreply@acme.example>',
        headers: {
          'List-Unsubscribe': '<https://p.example.com/unsubscribe?kind=usageAlert&user=u&key=k>',
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
      await transport.send({ to: 'owner-b@example.com', subject: 'Activation', text: 't', html: '<p>h</p>' });
      const branded = await smtp.waitFor('owner-a@example.com');
      assert.equal(branded.from, 'noreply@acme.example');
      assert.match(branded.raw, /^From: Acme Office <noreply@acme\.example>\r?$/m);
      // A long header may be folded onto the next line (as here), which mail clients unfold.
      assert.match(
        branded.raw,
        /^List-Unsubscribe:\s+<https:\/\/p\.example\.com\/unsubscribe\?kind=usageAlert&user=u&key=k>\r?$/m,
      );
      assert.match(branded.raw, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
      assert.match(branded.raw, /Content-Type: text\/plain/i);
      assert.match(branded.raw, /Content-Type: text\/html/i);
      const plain = await smtp.waitFor('owner-b@example.com');
      assert.equal(plain.from, 'portals@example.com');
      assert.doesNotMatch(plain.raw, /List-Unsubscribe/);
    } finally {
      transport.close();
      await smtp.close();
    }
  });
});
