/**
 * UI text by language, loaded by language: English ships with the code (it is also the fallback),
 * French and Japanese are chunks fetched the first time an element speaks them. An element does
 * not render until its language has arrived (see `localeLoading`, awaited before each update), so
 * a page in Japanese never flashes English text and an English page never downloads the others.
 */
import type { Locale } from './locale.ts';

type LazyLocale = Exclude<Locale, 'en'>;
type Loader<M> = () => Promise<{ readonly default: M }>;

const catalogs = new Set<MessageCatalog<unknown>>();

/** One set of UI strings (an element's, the shared ones, the export menu's) in every language. */
export class MessageCatalog<M> {
  private readonly tables = new Map<Locale, M>();
  private readonly loads = new Map<Locale, Promise<void>>();
  private readonly failed = new Set<Locale>();

  constructor(en: M, private readonly loaders: Readonly<Record<LazyLocale, Loader<M>>>) {
    this.tables.set('en', en);
    catalogs.add(this as MessageCatalog<unknown>);
  }

  /** The strings in `locale` once loaded; English before that, or if the language could not load. */
  get(locale: Locale): M {
    return this.tables.get(locale) ?? this.tables.get('en')!;
  }

  /** Whether `get(locale)` gives its final answer (loaded, or failed and falling back to English). */
  settled(locale: Locale): boolean {
    return this.tables.has(locale) || this.failed.has(locale) || !this.loaders[locale as LazyLocale];
  }

  /** Loads `locale` once; never rejects (a chunk that fails to load leaves English for the page's life). */
  load(locale: Locale): Promise<void> {
    if (this.tables.has(locale)) return Promise.resolve();
    let pending = this.loads.get(locale);
    if (!pending) {
      const loader = this.loaders[locale as LazyLocale];
      pending = loader
        ? loader().then(
          (module) => void this.tables.set(locale, module.default),
          () => void this.failed.add(locale),
        )
        : Promise.resolve();
      this.loads.set(locale, pending);
    }
    return pending;
  }
}

/**
 * Null when every catalog has its strings in `locale` (render now); otherwise a promise that
 * settles once they have arrived (or failed, leaving English).
 */
export function localeLoading(locale: Locale): Promise<void> | null {
  const missing = [...catalogs].filter((catalog) => !catalog.settled(locale));
  return missing.length ? Promise.all(missing.map((catalog) => catalog.load(locale))).then(() => undefined) : null;
}
