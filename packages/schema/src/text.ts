/**
 * Text in a requested language.
 *
 * Fallback order for a requested tag such as "fr-CA": the exact tag, then its primary language
 * ("fr"), then each tag in `fallbacks` (default: English, then Japanese), then the first
 * language the text has. A plain string is taken as it is and reported as `und` (undetermined),
 * so callers add no `lang` attribute they cannot vouch for.
 */
import type { Text } from './types.ts';

/** Text resolved to one language, with the language it is really in. */
export interface ResolvedText {
  readonly text: string;
  /** BCP-47 tag of `text`, or "und" when the source gave a plain string. */
  readonly lang: string;
}

export const DEFAULT_TEXT_FALLBACKS: readonly string[] = ['en', 'ja'];

/** Resolves `value` to the best available language for `lang`. Missing text gives `{text: "", lang: "und"}`. */
export function textIn(
  value: Text | undefined | null,
  lang: string,
  fallbacks: readonly string[] = DEFAULT_TEXT_FALLBACKS,
): ResolvedText {
  if (value == null) return { text: '', lang: 'und' };
  if (typeof value === 'string') return { text: value, lang: 'und' };
  const primary = lang.split('-')[0]!.toLowerCase();
  const order = [lang, primary, ...fallbacks];
  for (const tag of order) {
    const found = value[tag];
    if (typeof found === 'string' && found !== '') return { text: found, lang: tag };
  }
  for (const [tag, found] of Object.entries(value)) {
    if (typeof found === 'string' && found !== '') return { text: found, lang: tag };
  }
  return { text: '', lang: 'und' };
}

/** Just the string of `textIn`. */
export function textString(value: Text | undefined | null, lang: string): string {
  return textIn(value, lang).text;
}
