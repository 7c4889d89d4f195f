/**
 * Decodes a MAC written as unpadded base64url, accepting only the canonical spelling. The last
 * character of a 32-byte MAC carries two unused bits, so four spellings decode to the same bytes;
 * taking them all would let a single-use key be "used" again under another spelling (its
 * record is keyed by the text) and makes forms accept a token that was never issued.
 */
export function decodeCanonicalMac(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}
