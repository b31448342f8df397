/**
 * Comma-list attributes (`status="active,dormant"`, `categories="culture,sport"`): one parser,
 * one writer and one Lit converter, so every element and the provider read them alike.
 */
import type { ComplexAttributeConverter } from 'lit';

/** The items of a comma list, trimmed, empty ones dropped; `[]` for undefined or null. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/** Writes items as a comma list; `undefined` for none, so the attribute is removed. */
export function formatListAttribute(items: readonly string[] | undefined): string | undefined {
  return items && items.length ? items.join(',') : undefined;
}

/**
 * The next value of a "which of `all` are shown" list after `category` is switched on or off.
 * `undefined` stands for all shown, and a list that names every one of `all` collapses back to it.
 * Items keep the order of `all`; items outside `all` are kept at the end.
 */
export function toggleInList(current: string | undefined, category: string, active: boolean, all: readonly string[]): string | undefined {
  const shown = current === undefined ? [...all] : parseList(current);
  const next = active ? [...new Set([...shown, category])] : shown.filter((c) => c !== category);
  if (all.length > 0 && all.every((c) => next.includes(c))) return undefined;
  return formatListAttribute([...all.filter((c) => next.includes(c)), ...next.filter((c) => !all.includes(c))]) ?? '';
}

/** A Lit converter for an array property reflected as a comma list. */
export const commaListConverter: ComplexAttributeConverter<readonly string[] | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : parseList(value)),
  toAttribute: (value) => formatListAttribute(value ?? undefined),
};
