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
}

/** Text resolved for one reader, with whether it is a fallback and whether it is a translation. */
export interface ReaderText extends ResolvedText {
  /** True when the text is in another language than the one requested (and not empty). */
  readonly fallback: boolean;
  /** True when the record's `original` language is known and the text is in another one. */
  readonly translated: boolean;
}

const primaryOf = (tag: string): string => tag.split('-')[0]!.toLowerCase();

export const DEFAULT_TEXT_FALLBACKS: readonly string[] = ['en', 'ja'];

/** Resolves `value` to the best available language for `lang`. Missing text gives `{text: "", lang: "und"}`. */
export function textIn(
  value: Text | undefined | null,
  lang: string,
  fallbacks: readonly string[] = DEFAULT_TEXT_FALLBACKS,
): ResolvedText {
  if (value == null) return { text: '', lang: 'und' };
  if (typeof value === 'string') return { text: value, lang: 'und' };
  const order = [lang, primaryOf(lang), ...fallbacks];
  for (const tag of order) {
    const found = value[tag];
    if (typeof found === 'string' && found !== '') return { text: found, lang: tag };
  }
  for (const [tag, found] of Object.entries(value)) {
    if (typeof found === 'string' && found !== '') return { text: found, lang: tag };
  }
  return { text: '', lang: 'und' };
}

/**
 * `textIn`, plus what a reader needs to know: `fallback` when the text is not in the language
 * asked for (the UI must then say so visibly), and `translated` when the record's `original`
 * language is given and the text is in another one (the editors' translation).
 */
export function textFor(value: Text | undefined | null, lang: string, original?: string, fallbacks: readonly string[] = DEFAULT_TEXT_FALLBACKS): ReaderText {
  const found = textIn(value, lang, fallbacks);
  if (found.lang === 'und') return { ...found, fallback: false, translated: false };
  return {
    ...found,
    fallback: primaryOf(found.lang) !== primaryOf(lang),
    translated: original !== undefined && original !== '' && primaryOf(found.lang) !== primaryOf(original),
  };
}

/** Just the string of `textIn`. */
export function textString(value: Text | undefined | null, lang: string): string {
  return textIn(value, lang).text;
}
