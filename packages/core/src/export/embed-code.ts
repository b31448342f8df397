/**
 * The embed code for the view an element shows now: the CDN script tag and the element tag
 * with the attributes in force. Pure: the caller collects the attributes.
 */

/**
 * Where the one-file build of every element is published: jsDelivr serving the @twinning/elements
 * package's own dist/, pinned to a version so a pasted page never changes under its editor.
 * Keep the version equal to packages/elements/package.json (test/node/release.test.mjs checks).
 */
export const CDN_SCRIPT = 'https://cdn.jsdelivr.net/npm/@twinning/elements@0.1.0/dist/twinning.js';

/** Attributes that are never part of an embedded view (UI of the page, not of the chart). */
const OMITTED = new Set(['actions']);

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Escapes text for an HTML comment (no `--`, no closing `>` sequence). */
function commentText(text: string): string {
  return text.replaceAll('--', '—').replaceAll('>', '›');
}

/** What the embed code is made from. */
export interface EmbedInput {
  /** The element's tag, e.g. "twinning-map". */
  readonly tag: string;
  /** Attribute names and values, in the order to write them. Boolean attributes have value "". */
  readonly attributes: readonly (readonly [string, string])[];
  /** A comment line to put before the element (e.g. why `.data` is missing), if any. */
  readonly comment?: string;
}

/** The HTML a web editor pastes to show the same view. */
export function embedCode({ tag, attributes, comment }: EmbedInput): string {
  const attrs = attributes
    .filter(([name]) => !OMITTED.has(name))
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return [
    `<script type="module" src="${CDN_SCRIPT}"></script>`,
    ...(comment ? [`<!-- ${commentText(comment)} -->`] : []),
    `<${tag}${attrs}></${tag}>`,
  ].join('\n');
}

/** A reactive element's public attributes as declared (name, property, type), for `viewAttributes`. */
interface DeclaredProperty {
  readonly attribute?: boolean | string;
  readonly type?: unknown;
}

/**
 * The attributes that reproduce `element`'s view: every declared (public) attribute with a value,
 * read from its property so values set by script count too; `fallback` fills those the element
 * leaves to a provider (shared filters). Boolean attributes are written bare.
 */
export function viewAttributes(
  element: HTMLElement,
  declared: ReadonlyMap<PropertyKey, DeclaredProperty>,
  fallback: Readonly<Record<string, string | number | undefined>> = {},
): [string, string][] {
  const out: [string, string][] = [];
  const values = element as unknown as Record<PropertyKey, unknown>;
  for (const [key, options] of declared) {
    if (options.attribute === false || typeof key !== 'string') continue;
    const name = typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
    const own = values[key];
    const value = own === undefined || own === null || own === '' ? fallback[name] : own;
    if (value === undefined || value === null || value === false || value === '') continue;
    out.push([name, value === true ? '' : String(value)]);
  }
  return out;
}
