/** Small images for the brand tests: real PNG and WebP files, SVGs safe and unsafe. */

/** A 1×1 PNG. */
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A 1×1 lossless WebP. */
export const WEBP_1PX = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');

/** A GIF's first bytes (not a type a logo may be). */
export const GIF_BYTES = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/** A PNG of exactly `size` bytes: the signature and a first chunk, padded. */
export function pngOfSize(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x41);
  PNG_1PX.copy(bytes, 0, 0, Math.min(PNG_1PX.length, size));
  return bytes;
}

export const SAFE_SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">' +
  '<defs><linearGradient id="g"><stop offset="0" stop-color="#123456"/></linearGradient></defs>' +
  '<style>.a{fill:url(#g)}</style><rect class="a" width="10" height="10"/><use xlink:href="#g"/><title>Acme</title></svg>';

/** SVGs that must be refused, with a word the refusal must contain. */
export const UNSAFE_SVGS: ReadonlyArray<{ readonly name: string; readonly svg: string; readonly reason: RegExp }> = [
  {
    name: 'a script element',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    reason: /script/,
  },
  {
    name: 'a namespaced script element',
    svg: '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>',
    reason: /script/,
  },
  {
    name: 'an event handler',
    svg: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>',
    reason: /event handler.*onload/,
  },
  {
    name: 'foreignObject',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>hi</p></foreignObject></svg>',
    reason: /foreignObject/,
  },
  {
    name: 'an external href',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><use href="https://evil.example/x.svg#a"/></svg>',
    reason: /another document.*href/,
  },
  {
    name: 'an external xlink:href',
    svg: '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="//evil.example/a"/></svg>',
    reason: /another document/,
  },
  {
    name: 'a javascript: URL',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><use href="java\nscript:alert(1)"/></svg>',
    reason: /javascript:/,
  },
  {
    name: 'an external url() in a style',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:url(https://evil.example/p)}</style></svg>',
    reason: /url\(/,
  },
  {
    name: 'a DOCTYPE with entities',
    svg: '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
    reason: /DOCTYPE/,
  },
  {
    name: 'an animation that can set an href',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><a><set attributeName="href" to="#x"/></a></svg>',
    reason: /<a> element/,
  },
  {
    name: 'an HTML namespace',
    svg: '<svg xmlns="http://www.w3.org/2000/svg"><g xmlns="http://www.w3.org/1999/xhtml"/></svg>',
    reason: /namespace/,
  },
  {
    name: 'an xml-stylesheet instruction',
    svg: '<?xml-stylesheet href="https://evil.example/s.css"?><svg xmlns="http://www.w3.org/2000/svg"/>',
    reason: /processing instruction/,
  },
];

/** A data URL of `bytes` declared as `type`. */
export function dataUrl(type: string, bytes: Buffer | string): string {
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}
