/**
 * The citation of a dataset: its title, update date, license, a suggested citation string built
 * from those fields, and its sources. Pure; the menu renders it as text and links.
 */
import { formatPartialDate, textIn, type TwinningDataset } from '@twinning/schema';
import type { Locale } from '../locale.ts';
import type { ExportMessages } from './export-messages.ts';

/** One source, ready to show. */
export interface CitedSource {
  readonly title: string;
  readonly lang: string;
  /** Only http(s) URLs are kept, so a link can never run script. */
  readonly url?: string;
}

/** A dataset's citation in one language. */
export interface Citation {
  readonly title: string;
  readonly titleLang: string;
  readonly updated: string;
  readonly license: string;
  /** The suggested citation sentence. */
  readonly text: string;
  readonly sources: readonly CitedSource[];
}

/** Keeps http and https URLs only. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The citation of `dataset` in `locale`; `accessed` is the date the reader looked (default today). */
export function citationOf(dataset: TwinningDataset, locale: Locale, m: ExportMessages, accessed = new Date()): Citation {
  const title = textIn(dataset.title, locale);
  const updated = dataset.updated ? formatPartialDate(dataset.updated, locale) : '';
  const license = dataset.license ?? '';
  const accessedText = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(accessed);
  const titleText = title.text || m.untitled;
  return {
    title: titleText,
    titleLang: title.text ? title.lang : locale,
    updated,
    license,
    text: m.citation(titleText, updated, license, accessedText),
    sources: dataset.sources.map((s) => {
      const t = textIn(s.title, locale);
      const url = safeUrl(s.url);
      return { title: t.text || s.id, lang: t.lang, ...(url ? { url } : {}) };
    }),
  };
}
