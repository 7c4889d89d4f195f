/**
 * Colour contrast as WCAG 2 measures it: the ratio of the relative luminances (lighter + 0.05)
 * over (darker + 0.05), from 1:1 to 21:1. AA asks 4.5:1 for normal text.
 */

/** The least contrast a brand colour must have with white: WCAG AA for normal-size text. */
export const MIN_CONTRAST = 4.5;

/** The page background every portal page and mail is drawn on. */
export const PAGE_BACKGROUND = '#ffffff';

/** The contrast ratio of two `#rrggbb` colours (order does not matter). */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A ratio as people read it: one decimal, rounded down (4.49 shows 4.4, never a passing 4.5). */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/**
 * The nearest colour of the same hue, darkened step by step, that has at least `min` contrast
 * with white: what a refusal suggests instead.
 */
export function darkenToContrast(color: string, min = MIN_CONTRAST): string {
  const [r, g, b] = channels(color);
  for (let factor = 1; factor >= 0; factor -= 0.01) {
    const candidate = hex(r * factor, g * factor, b * factor);
    if (contrastRatio(candidate, PAGE_BACKGROUND) >= min) return candidate;
  }
  return '#000000';
}

/** WCAG 2's relative luminance of an sRGB colour. */
function luminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function channels(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}
