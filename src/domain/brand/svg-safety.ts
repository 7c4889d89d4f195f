/**
 * Whether an SVG logo is safe to serve from our host: it is refused (never rewritten) when it
 * could run script, load anything from elsewhere, or expand entities. The served copy also
 * carries a CSP without scripts; this check is the first wall, the CSP the second.
 */

/** The SVG elements a logo may use: shapes, text, gradients, clipping and filters; no a, image, animation or script. */
const ALLOWED_ELEMENTS = new Set(
  [
    'svg',
    'g',
    'defs',
    'symbol',
    'use',
    'title',
    'desc',
    'metadata',
    'style',
    'path',
    'rect',
    'circle',
    'ellipse',
    'line',
    'polyline',
    'polygon',
    'text',
    'tspan',
    'textPath',
    'linearGradient',
    'radialGradient',
    'stop',
    'pattern',
    'clipPath',
    'mask',
    'marker',
    'filter',
    'feBlend',
    'feColorMatrix',
    'feComponentTransfer',
    'feComposite',
    'feConvolveMatrix',
    'feDiffuseLighting',
    'feDisplacementMap',
    'feDistantLight',
    'feDropShadow',
    'feFlood',
    'feFuncA',
    'feFuncB',
    'feFuncG',
    'feFuncR',
    'feGaussianBlur',
    'feMerge',
    'feMergeNode',
    'feMorphology',
    'feOffset',
    'fePointLight',
    'feSpecularLighting',
    'feSpotLight',
    'feTile',
    'feTurbulence',
  ].map((name) => name.toLowerCase()),
);

/** The namespaces an SVG logo may declare. */
const ALLOWED_NAMESPACES = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink']);

/** Why `svg` is refused, in words for the error message; undefined when it is safe. */
export function unsafeSvgReason(svg: string): string | undefined {
  if (/<!DOCTYPE/i.test(svg)) return 'it has a DOCTYPE (DOCTYPE and entity declarations are not allowed)';
  if (/<!ENTITY/i.test(svg)) return 'it declares entities (DOCTYPE and entity declarations are not allowed)';
  if (/<\?(?!xml\s)/i.test(svg.replace(/^\uFEFF/, '').replace(/^\s*<\?xml\s[^>]*\?>/i, '<root/>')))
    return 'it has an XML processing instruction (such as xml-stylesheet)';
  if (/javascript:/i.test(svg.replace(/\s+/g, ''))) return 'it has a javascript: URL';
  if (svg.includes('\\')) return 'it has a backslash (CSS escapes could hide a reference to another site)';
  if (/@import/i.test(svg)) return 'its style imports another style sheet (@import)';
  if (/url\(\s*(?!['"]?#)/i.test(svg)) return 'it refers to another document with url(…) (only url(#id) is allowed)';

  const elements = [...svg.matchAll(/<([A-Za-z_][\w.:-]*)/g)].map((match) => match[1] ?? '');
  if (elements.length === 0 || localName(elements[0] ?? '') !== 'svg') return 'it is not an SVG document (<svg> first)';
  for (const element of elements) {
    const name = localName(element);
    if (name === 'script') return 'it has a script element';
    if (name === 'foreignobject') return 'it has a foreignObject element';
    if (!ALLOWED_ELEMENTS.has(name)) return `it has a <${element}> element, which a logo may not use`;
  }

  for (const match of svg.matchAll(/[\s"'/]([A-Za-z_][\w.:-]*)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
    const attribute = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').replace(/^["']|["']$/g, '').trim();
    if (attribute.startsWith('on')) return `it has an event handler attribute (${match[1]})`;
    if (attribute === 'href' || attribute.endsWith(':href')) {
      if (!/^#[\w.:-]*$/.test(value))
        return `it refers to another document (${match[1]}="${value.slice(0, 60)}"; only #id is allowed)`;
    }
    if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) {
      if (!ALLOWED_NAMESPACES.has(value)) return `it declares the namespace ${value.slice(0, 80)} (only SVG and XLink)`;
    }
  }
  return undefined;
}

/** An element's name without its namespace prefix, lower-case. */
function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return (colon < 0 ? name : name.slice(colon + 1)).toLowerCase();
}
