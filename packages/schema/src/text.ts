/**
 * Text in a requested language.
 *
 * Fallback order for a requested tag such as "fr-CA": the exact tag, then its primary language
 * ("fr"), then each tag in `fallbacks` (default: English, then Japanese), then the first
 * language the text has. A plain string is taken as it is and reported as `und` (undetermined),
 * so callers add no `lang` attribute they cannot vouch for.
 *
 * The result says whether the reader got another language than the one asked for (`fallback`,
 * so the UI can say so visibly) and, when the record names its `original` language, whether the
 * text shown is the editors' translation rather than the words first written (`translated`).
 */
import type { Text } from './types.ts';

/** Text resolved to one language, with the language it is really in. */
export interface ResolvedText {
  readonly text: string;
  /** BCP-47 tag of `text`, or "und" when the source gave a plain string. */
  readonly lang: string;
  /** True when the text is in another language than the one requested (and not empty). */
  readonly fallback?: boolean;
  /** True when the record's `original` language is known and the text is in another one. */
  readonly translated?: boolean;
}

const primaryOf = (tag: string): string => tag.split('-')[0]!.toLowerCase();

export const DEFAULT_TEXT_FALLBACKS: readonly string[] = ['en', 'ja'];

/**
 * Resolves `value` to the best available language for `lang`. Missing text gives
 * `{text: "", lang: "und"}`. `original` is the record's `original` language, when it has one.
 */
export function textIn(
  value: Text | undefined | null,
  lang: string,
  fallbacks: readonly string[] = DEFAULT_TEXT_FALLBACKS,
  original?: string,
): ResolvedText {
  if (value == null) return { text: '', lang: 'und', fallback: false, translated: false };
  if (typeof value === 'string') return { text: value, lang: 'und', fallback: false, translated: false };
  const primary = primaryOf(lang);
  const found = (tag: string, text: string): ResolvedText => ({
    text,
    lang: tag,
    fallback: primaryOf(tag) !== primary,
    translated: original !== undefined && original !== '' && primaryOf(tag) !== primaryOf(original),
  });
  const order = [lang, primary, ...fallbacks];
  for (const tag of order) {
    const text = value[tag];
    if (typeof text === 'string' && text !== '') return found(tag, text);
  }
  for (const [tag, text] of Object.entries(value)) {
    if (typeof text === 'string' && text !== '') return found(tag, text);
  }
  return { text: '', lang: 'und', fallback: false, translated: false };
}

/** Just the string of `textIn`. */
export function textString(value: Text | undefined | null, lang: string): string {
  return textIn(value, lang).text;
}
