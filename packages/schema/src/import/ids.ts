/**
 * Deterministic ids for the spreadsheet import: place slugs and source ids derived from URLs.
 * The same input always gives the same id, so re-importing a sheet keeps every link stable.
 */

/** Lower-case ASCII slug: accents stripped (Québec → quebec), every other run of non-alphanumerics → "-". */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The default place id: `${country}-${regionSuffix}-${slug(name)}`, lower case
 * (CA, CA-BC, Burnaby → "ca-bc-burnaby"). The region's country prefix is dropped; without a region
 * the id is `${country}-${slug(name)}`. Returns null when the name has no letters or digits to slug
 * (a name written only in kanji, say), so the caller can ask for an explicit id.
 */
export function placeIdFor(country: string, region: string, name: string): string | null {
  const nameSlug = slug(name);
  const countrySlug = slug(country);
  if (nameSlug === '' || countrySlug === '') return null;
  const prefix = `${country.trim().toUpperCase()}-`;
  const regionRest = region.trim().toUpperCase().startsWith(prefix) ? region.trim().slice(prefix.length) : region;
  const regionSlug = slug(regionRest);
  return [countrySlug, regionSlug, nameSlug].filter((part) => part !== '').join('-');
}

/** 32-bit FNV-1a over the UTF-8 bytes of `value`, as eight hex digits. */
export function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(value)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The derived id of a source URL: host without "www.", dots → "-", then "-" and the first six hex
 * digits of the FNV-1a hash of the URL exactly as written ("https://www.burnaby.ca/x" → "burnaby-ca-…").
 */
export function sourceIdFor(written: string, url: URL): string {
  const host = url.hostname.replace(/^www\./, '').replace(/\./g, '-');
  return `${host}-${fnv1a(written).slice(0, 6)}`;
}

/** Parses an absolute http(s) URL; null when the text is not one. */
export function parseSourceUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/**
 * A readable title for a source known only by its URL: host without "www." plus the path,
 * percent-decoded, without query or fragment; long paths keep their first and last segments
 * ("city.kushiro.lg.jp/…/sister-cities").
 */
export function sourceTitleFor(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  let path = url.pathname.replace(/\/+$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape is shown as written.
  }
  const segments = path.split('/').filter((s) => s !== '');
  if (path.length > 40 && segments.length > 2) path = `/${segments[0]}/…/${segments[segments.length - 1]}`;
  return host + path;
}
