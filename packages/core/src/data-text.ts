/**
 * Text from the data (an activity's title, a note) in the reader's language, with what the reader
 * needs to know about it: which language it is really in, whether that is a fallback because the
 * reader's language is missing, and whether it is the editors' translation rather than the words
 * first written. A fallback is always shown visibly ("(in English)"), never silently mixed in.
 */
import { textFor, type Text } from '@twinning/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from './locale.ts';

/** Data text resolved for one reader. */
export interface DataText {
  readonly text: string;
  /** Language of `text` ("und" when the data gave a plain string). */
  readonly lang: string;
  /** The reader's language was missing; `text` is in another one. */
  readonly fallback: boolean;
  /** The record names its original language and `text` is a translation from it. */
  readonly translated: boolean;
  /** Visible note in the reader's language: "(in English)", or "(translation)" when asked for. */
  readonly marker: string;
}

const languageNames = new Map<Locale, Intl.DisplayNames>();

/** "English" / "anglais" / "英語" for "en", in the reader's `locale`. */
function languageName(lang: string, locale: Locale): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames(locale, { type: 'language' })));
  try {
    return names.of(lang) ?? lang;
  } catch {
    return lang;
  }
}

const MARKERS: Record<Locale, { fallback: (language: string) => string; translated: string }> = {
  en: { fallback: (language) => `(in ${language})`, translated: '(translation)' },
  fr: { fallback: (language) => `(en ${language})`, translated: '(traduction)' },
  ja: { fallback: (language) => `（${language}）`, translated: '（翻訳）' },
};

/**
 * Resolves `value` for a reader of `locale`. `original` is the record's `original` language.
 * With `markTranslation`, a translated text gets the "(translation)" marker where there is room
 * for it (a detail panel, a tooltip); a fallback always gets its marker.
 */
export function dataText(value: Text | undefined | null, locale: Locale, original?: string, markTranslation = false): DataText {
  const resolved = textFor(value, locale, original);
  const { fallback, translated } = resolved;
  const m = MARKERS[locale];
  const marker = fallback ? m.fallback(languageName(resolved.lang, locale)) : translated && markTranslation ? m.translated : '';
  return { text: resolved.text, lang: resolved.lang, fallback, translated, marker };
}

/** The `lang` attribute the text needs inside UI of `locale`, or undefined when it is the same. */
export function dataTextLang(t: DataText, locale: Locale): string | undefined {
  return t.lang !== 'und' && t.lang.split('-')[0] !== locale ? t.lang : undefined;
}

/** The marker alone, in the reader's language (tagged so inside an element of another `lang`). */
export function renderDataTextMarker(t: DataText, locale: Locale): TemplateResult | typeof nothing {
  return t.marker ? html` <span class="data-text-marker" lang=${locale}>${t.marker}</span>` : nothing;
}

/** The text in a `<span lang>` when its language differs from the reader's, then its marker. */
export function renderDataText(t: DataText, locale: Locale): TemplateResult {
  const lang = dataTextLang(t, locale);
  return html`${lang ? html`<span lang=${lang}>${t.text}</span>` : t.text}${renderDataTextMarker(t, locale)}`;
}

/** The same as plain text, for an accessible name or an announcement. */
export function dataTextString(t: DataText): string {
  return t.marker ? `${t.text} ${t.marker}` : t.text;
}
