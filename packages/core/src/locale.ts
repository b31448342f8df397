/**
 * Which UI language an element speaks: its own `lang`, else the nearest `[lang]` ancestor
 * (across shadow roots), else the document's; anything other than en, fr or ja becomes English.
 */
export const LOCALES = ['en', 'fr', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** Maps any BCP-47 tag to a supported UI locale by its primary language. */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().split('-')[0]!.toLowerCase();
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : 'en';
}

/** The language tag in force at `element`, following ancestors and shadow hosts. */
export function inheritedLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return document.documentElement.lang;
}
