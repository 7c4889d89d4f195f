import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeBrands } from '../../src/domain/brand/brand-for.js';
import { checkLogo, logoFromDataUrl, MAX_LOGO_BYTES, parseLogoFileName } from '../../src/domain/brand/brand-logo.js';
import { DEFAULT_BRAND } from '../../src/domain/brand/brand.js';
import { contrastRatio, darkenToContrast, formatRatio, MIN_CONTRAST } from '../../src/domain/brand/contrast.js';
import { unsafeSvgReason } from '../../src/domain/brand/svg-safety.js';
import { DomainError } from '../../src/domain/errors.js';
import type { BrandRecord } from '../../src/store/repositories/brands.js';
import { dataUrl, GIF_BYTES, PNG_1PX, pngOfSize, SAFE_SVG, UNSAFE_SVGS, WEBP_1PX } from '../helpers/brand-images.js';

describe('contrast (WCAG 2)', () => {
  it('measures the reference pairs', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
    assert.equal(formatRatio(contrastRatio('#767676', '#ffffff')), '4.5:1');
    assert.ok(contrastRatio('#777777', '#ffffff') < MIN_CONTRAST);
    assert.equal(contrastRatio('#1d5fb4', '#ffffff'), contrastRatio('#ffffff', '#1d5fb4'));
  });

  it('never rounds a failing ratio up to a passing one', () => {
    assert.equal(formatRatio(4.499), '4.4:1');
  });

  it('suggests a darker shade of the same hue that passes', () => {
    for (const color of ['#ffcc00', '#00ff00', '#ff69b4', '#ffffff']) {
      const darker = darkenToContrast(color);
      assert.ok(contrastRatio(darker, '#ffffff') >= MIN_CONTRAST, `${color} → ${darker}`);
    }
    assert.equal(darkenToContrast('#1d5fb4'), '#1d5fb4');
  });

  it('lets the default brand colour pass its own rule', () => {
    assert.ok(contrastRatio(DEFAULT_BRAND.primaryColor, '#ffffff') >= MIN_CONTRAST);
  });
});

describe('logo checks', () => {
  const refusal = (fn: () => unknown): string => {
    try {
      fn();
    } catch (error) {
      assert.ok(error instanceof DomainError && error.code === 'params');
      return error.message;
    }
    assert.fail('expected a params error');
  };

  it('knows PNG and WebP by their magic bytes, whatever the file is called', () => {
    assert.equal(checkLogo('logo', PNG_1PX).ext, 'png');
    assert.equal(checkLogo('logo', WEBP_1PX).ext, 'webp');
    assert.equal(checkLogo('logo', Buffer.from(SAFE_SVG)).ext, 'svg');
    assert.match(
      refusal(() => checkLogo('logo', GIF_BYTES)),
      /not a PNG, WebP or SVG/,
    );
    assert.match(
      refusal(() => checkLogo('logo', Buffer.from('<html><svg></svg></html>'))),
      /not a PNG/,
    );
    assert.match(
      refusal(() => checkLogo('logo', Buffer.from([0xff, 0xfe, 0x3c, 0x00]))),
      /not a PNG/,
    );
  });

  it('takes at most 256 KiB', () => {
    assert.equal(checkLogo('logo', pngOfSize(MAX_LOGO_BYTES)).bytes.length, MAX_LOGO_BYTES);
    assert.match(
      refusal(() => checkLogo('logo', pngOfSize(MAX_LOGO_BYTES + 1))),
      /at most 256 KB/,
    );
    assert.match(
      refusal(() => logoFromDataUrl('logo', dataUrl('image/png', pngOfSize(MAX_LOGO_BYTES + 1)))),
      /256 KB/,
    );
  });

  it('names the same bytes the same way, and parses only its own file names', () => {
    const a = logoFromDataUrl('logo', dataUrl('image/png', PNG_1PX));
    assert.equal(a.digest, checkLogo('logo', PNG_1PX).digest);
    assert.deepEqual(parseLogoFileName(`${a.digest}.png`), { digest: a.digest, ext: 'png' });
    for (const bad of [`${a.digest}.gif`, `${a.digest.toUpperCase()}.png`, `${a.digest}.png.svg`, 'x.png', '']) {
      assert.equal(parseLogoFileName(bad), undefined, bad);
    }
  });

  it('accepts a plain SVG logo', () => {
    assert.equal(unsafeSvgReason(SAFE_SVG), undefined);
    assert.equal(
      unsafeSvgReason('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1v1z" fill="#123"/></svg>'),
      undefined,
    );
  });

  for (const { name, svg, reason } of UNSAFE_SVGS) {
    it(`refuses an SVG with ${name}`, () => {
      const why = unsafeSvgReason(svg);
      assert.ok(why !== undefined);
      assert.match(why, reason);
    });
  }
});

describe('brand fallback', () => {
  const record = (clientId: string, fields: Partial<BrandRecord['fields']>, logo: BrandRecord['logo'] = null) =>
    ({
      clientId,
      fields: {
        product_name: null,
        primary_color: null,
        support_email: null,
        support_url: null,
        legal_footer: null,
        mail_from_name: null,
        mail_from_address: null,
        ...fields,
      },
      logo,
    }) satisfies BrandRecord;

  it('takes each field from the client, else the operator, else the default', () => {
    const operator = record(
      '',
      { product_name: 'Op', support_email: 'op@example.com', mail_from_address: 'no@op.example' },
      {
        digest: 'a'.repeat(64),
        ext: 'png',
      },
    );
    const client = record('c-1', { product_name: 'Client', primary_color: '#8a1538' });
    const merged = mergeBrands(client, operator);
    assert.equal(merged.productName, 'Client');
    assert.equal(merged.primaryColor, '#8a1538');
    assert.equal(merged.supportEmail, 'op@example.com');
    assert.deepEqual(merged.logo, { path: `/brand/logo/${'a'.repeat(64)}.png`, alt: 'Client' });
    // The sender's name defaults to the product name when only an address is set.
    assert.deepEqual(merged.mailFrom, { name: 'Client', address: 'no@op.example' });
    assert.deepEqual(mergeBrands(undefined, undefined), DEFAULT_BRAND);
    assert.equal(mergeBrands(record('c-2', { mail_from_name: 'Name only' }), undefined).mailFrom, null);
  });
});
