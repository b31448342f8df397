/**
 * Whether a source can be cited as it stands: a real title, an https address, the publisher's own
 * host rather than a copy of it. Each finding is a warning; the data is still used.
 */
import { pointerTo, quote, type Reporter } from './context.ts';
import { where } from './fields.ts';
import type { CheckedSource } from './records.ts';

/**
 * Hosts that serve copies of other sites: staging mirrors of newspapers and scrapes of
 * Wikipedia. A host matches itself and its subdomains.
 */
export const MIRROR_HOSTS: readonly string[] = ['wpengine.com', 'liquisearch.com', 'owiki.org', 'wikiwand.com', 'dbpedia.org', 'wiki2.org'];

/** The host of an http(s) URL without "www.", lower case, or null. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The mirror host `url` is on, or null. */
export function mirrorHostOf(url: string): string | null {
  const host = hostOf(url);
  return host === null ? null : (MIRROR_HOSTS.find((m) => host === m || host.endsWith(`.${m}`)) ?? null);
}

/**
 * True when every title text is only the address: the URL itself, or its host with or without
 * the path (the title the spreadsheet importer derives from a URL it has no title for).
 */
export function isAddressTitle(title: { readonly [lang: string]: string }, url: string | undefined): boolean {
  const texts = Object.values(title).map((t) => t.trim().toLowerCase());
  const host = url === undefined ? null : hostOf(url);
  return host !== null && texts.length > 0 && texts.every((t) => t === url!.toLowerCase() || t === host || t.startsWith(`${host}/`));
}

/** Reports the citation problems of one source. */
export function checkCitation(reporter: Reporter, source: CheckedSource): void {
  const { url, at } = source;
  if (isAddressTitle(source.title, url)) {
    const p = pointerTo(at, 'title');
    reporter.report('source-untitled', p, `source without a title ${where(p)}: the title is only the address; give the page's own title`);
  }
  if (url === undefined) return;
  if (/^http:\/\//i.test(url)) {
    const p = pointerTo(at, 'url');
    reporter.report('source-insecure-url', p, `http address ${where(p)}: ${quote(url)}; use https:// where the site serves it`);
  }
  const mirror = mirrorHostOf(url);
  if (mirror !== null) {
    const p = pointerTo(at, 'url');
    reporter.report('source-mirror-host', p, `copy of another site ${where(p)}: ${quote(url)} is on ${mirror}, which serves copies; cite the original publisher's page`);
  }
}
