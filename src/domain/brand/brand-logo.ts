import { createHash } from 'node:crypto';
import { paramsError } from '../errors.js';
import { unsafeSvgReason } from './svg-safety.js';

/** The largest logo, in bytes. */
export const MAX_LOGO_BYTES = 256 * 1024;

/** The image types a logo may be, by the file extension it is served with. */
export const LOGO_TYPES = { png: 'image/png', webp: 'image/webp', svg: 'image/svg+xml' } as const;
export type LogoExt = keyof typeof LOGO_TYPES;

/** A logo that passed every check, ready to store. */
export interface CheckedLogo {
  readonly digest: string;
  readonly ext: LogoExt;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** Where a logo is served on every host of this server (immutable: the digest is in the name). */
export function logoPath(logo: { readonly digest: string; readonly ext: string }): string {
  return `/brand/logo/${logo.digest}.${logo.ext}`;
}

/**
 * A logo sent as a data URL (`data:image/png;base64,…`): decoded and checked. `field` names the
 * setting in every refusal.
 */
export function logoFromDataUrl(field: string, value: string): CheckedLogo {
  const match = /^data:([\w.+-]+\/[\w.+-]+)((?:;[\w.+-]+=[^;,]*)*);base64,([A-Za-z0-9+/=\s]*)$/i.exec(value.trim());
  if (match === null)
    throw paramsError(
      `${field}: must be a data URL of a PNG, WebP or SVG image (data:image/png;base64,…), or empty to remove the logo`,
    );
  const declared = (match[1] ?? '').toLowerCase();
  if (!(Object.values(LOGO_TYPES) as string[]).includes(declared))
    throw paramsError(`${field}: ${declared} is not allowed; the logo must be PNG, WebP or SVG`);
  const base64 = (match[3] ?? '').replace(/\s+/g, '');
  // Checked before decoding, so an oversized value costs no buffer.
  if (Math.floor((base64.length * 3) / 4) - (base64.match(/=+$/)?.[0].length ?? 0) > MAX_LOGO_BYTES)
    throw tooLarge(field);
  return checkLogo(field, Buffer.from(base64, 'base64'), declared);
}

/**
 * Checks a logo's bytes: at most 256 KiB, a PNG or WebP by its magic bytes or a safe SVG, and —
 * when the sender declared a type — the type the bytes really are. The file's name or declared
 * type alone never decides.
 */
export function checkLogo(field: string, bytes: Buffer, declaredType?: string): CheckedLogo {
  if (bytes.length === 0) throw paramsError(`${field}: the image is empty`);
  if (bytes.length > MAX_LOGO_BYTES) throw tooLarge(field);
  const ext = sniff(bytes);
  if (ext === undefined)
    throw paramsError(`${field}: the file is not a PNG, WebP or SVG image (its bytes say so, whatever its name)`);
  if (declaredType !== undefined && declaredType !== LOGO_TYPES[ext])
    throw paramsError(`${field}: declared as ${declaredType} but the bytes are ${LOGO_TYPES[ext]}`);
  if (ext === 'svg') {
    const reason = unsafeSvgReason(bytes.toString('utf8'));
    if (reason !== undefined) throw paramsError(`${field}: the SVG is refused because ${reason}`);
  }
  return {
    digest: createHash('sha256').update(bytes).digest('hex'),
    ext,
    contentType: LOGO_TYPES[ext],
    bytes,
  };
}

/** The image type the bytes are, by their signature (SVG: well-formed UTF-8 text starting with markup). */
function sniff(bytes: Buffer): LogoExt | undefined {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP')
    return 'webp';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // An XML declaration, other processing instructions and comments may come first (the safety
  // check judges them); the document element must be svg.
  const start = text
    .replace(/^\uFEFF/, '')
    .replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->))*/, '')
    .trimStart();
  return /^<(?:[\w.-]+:)?svg[\s>/]/i.test(start) || /^<!DOCTYPE\s+svg/i.test(start) ? 'svg' : undefined;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function tooLarge(field: string) {
  return paramsError(`${field}: the logo must be at most ${MAX_LOGO_BYTES / 1024} KB`);
}

/** The file name a logo is served under, split: `<64 hex digits>.<png|webp|svg>`; undefined for any other name. */
export function parseLogoFileName(name: string): { readonly digest: string; readonly ext: LogoExt } | undefined {
  const match = /^([0-9a-f]{64})\.(png|webp|svg)$/.exec(name);
  return match === null ? undefined : { digest: match[1] as string, ext: match[2] as LogoExt };
}
