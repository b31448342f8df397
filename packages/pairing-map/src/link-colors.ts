/**
 * How links are coloured (`color-by`) and dashed. Colours come from the Okabe–Ito palette,
 * which stays distinguishable with the common colour-vision deficiencies; ended and dormant
 * agreements are dashed as well, so colour never carries status alone.
 */
import { parseSpan, type DateLookup } from '@twinning/core';
import { TWINNING_STATUSES, TWINNING_TYPES, type Twinning } from '@twinning/schema';

export const COLOR_BY = ['type', 'status', 'decade'] as const;
export type ColorBy = (typeof COLOR_BY)[number];

/** `value` if it is a `color-by` value, else the default `type`. */
export const toColorBy = (value: string): ColorBy => ((COLOR_BY as readonly string[]).includes(value) ? (value as ColorBy) : 'type');

const TYPE_COLORS: Record<string, string> = {
  'sister-city': '#0072B2', 'friendship-city': '#E69F00', 'sister-province': '#009E73', partner: '#CC79A7', other: '#777777',
};
const STATUS_COLORS: Record<string, string> = { active: '#0072B2', dormant: '#E69F00', ended: '#D55E00', unknown: '#777777' };
const DECADE_COLORS = ['#332288', '#3f6fb5', '#2a9d8f', '#57a35a', '#b5a13a', '#d98b2b', '#c44e3b', '#882255'];

/** Dash pattern by status: ended long dashes, dormant short ones, others solid. */
export function linkDash(twinning: Twinning): string | undefined {
  if (twinning.status === 'ended') return '7 4';
  if (twinning.status === 'dormant') return '2 3';
  return undefined;
}

/** The legend key of a twinning under `colorBy` ("sister-city", "ended", "1980", "undated"). */
export function colorKey(twinning: Twinning, colorBy: ColorBy, dates: DateLookup = parseSpan): string {
  if (colorBy === 'type') return twinning.type;
  if (colorBy === 'status') return twinning.status;
  const year = dates(twinning.signed)?.year;
  return year == null ? 'undated' : String(Math.floor(year / 10) * 10);
}

/** Legend keys in display order for the twinnings in view. */
export function colorKeys(twinnings: readonly Twinning[], colorBy: ColorBy, dates: DateLookup = parseSpan): string[] {
  const present = new Set(twinnings.map((t) => colorKey(t, colorBy, dates)));
  const order: readonly string[] =
    colorBy === 'type' ? TWINNING_TYPES : colorBy === 'status' ? TWINNING_STATUSES : [...present].sort();
  return order.filter((key) => present.has(key));
}

/** The CSS colour of a legend key, through a `--twinning-map-link-<key>-color` hook. */
export function colorOf(key: string, colorBy: ColorBy, decades: readonly string[]): string {
  return `var(${linkColorProperty(key)}, ${defaultLinkColor(key, colorBy, decades)})`;
}

/** The custom property that overrides a legend key's colour. */
export function linkColorProperty(key: string): string {
  return `--twinning-map-link-${key}-color`;
}

/** The built-in colour of a legend key. */
export function defaultLinkColor(key: string, colorBy: ColorBy, decades: readonly string[]): string {
  let fallback: string;
  if (colorBy === 'type') fallback = TYPE_COLORS[key] ?? '#777777';
  else if (colorBy === 'status') fallback = STATUS_COLORS[key] ?? '#777777';
  else {
    const dated = decades.filter((d) => d !== 'undated');
    const index = dated.indexOf(key);
    fallback = index < 0 ? '#999999' : DECADE_COLORS[Math.round((index / Math.max(1, dated.length - 1)) * (DECADE_COLORS.length - 1))]!;
  }
  return fallback;
}
