/**
 * Bar labels: locale number formats, and whether a label fits inside its bar or goes after it.
 * No DOM is used: text widths are estimated from the characters, which is enough to choose a side.
 */

/** Count in the locale: "1,234", "1 234", "1,234". */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Share in the locale with at most one decimal: "12.5%", "12,5 %" (narrow no-break space in fr). */
export function formatShare(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** A bar's label: "12 · 12.5%". */
export function barLabel(count: number, share: number, locale: string): string {
  return `${formatCount(count, locale)} · ${formatShare(share, locale)}`;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Rough width of `text` in pixels at `fontSize`: CJK and full-width characters count as 1 em, others 0.6 em. */
export function estimateTextWidth(text: string, fontSize = 12): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.6;
  return ems * fontSize;
}

/** Where a label goes: inside the bar when it fits with `padding` on both sides, otherwise after it. */
export function labelPlacement(barWidth: number, labelWidth: number, padding = 4): 'inside' | 'outside' {
  return labelWidth + 2 * padding <= barWidth ? 'inside' : 'outside';
}
