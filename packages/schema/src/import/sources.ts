/**
 * Turns the `sources` cells of the sheets into source ids. A URL becomes a Source with a derived
 * id and title, unless meta.sources already has a source with that exact URL; a bare token must be
 * the id of a source in meta.sources.
 */
import type { Source } from '../types.ts';
import { parseSourceUrl, sourceIdFor, sourceTitleFor } from './ids.ts';
import type { CellLocation, ImportProblems, LocationMap } from './locations.ts';

/** Collects the dataset's sources: meta's first, in meta's order, then derived ones by first appearance. */
export class SourceRegistry {
  private readonly sources: Source[] = [];
  private readonly byUrl = new Map<string, string>();
  private readonly ids = new Set<string>();
  private readonly metaIds = new Set<string>();

  /** `metaSources` are kept as given (the validator checks them); well-formed ones can be cited. */
  constructor(
    metaSources: readonly unknown[],
    private readonly locations: LocationMap,
  ) {
    for (const entry of metaSources) {
      this.sources.push(entry as Source);
      if (entry === null || typeof entry !== 'object') continue;
      const { id, url } = entry as { id?: unknown; url?: unknown };
      if (typeof id === 'string') this.ids.add(id), this.metaIds.add(id);
      if (typeof id === 'string' && typeof url === 'string' && !this.byUrl.has(url)) this.byUrl.set(url, id);
    }
  }

  /**
   * The source ids a `sources` cell cites (space-separated URLs or meta ids), reporting each token
   * that is neither. `pointer` is where the list goes in the dataset.
   */
  resolve(cell: string, label: string, at: CellLocation, pointer: string, problems: ImportProblems): string[] {
    const out: string[] = [];
    for (const token of cell.split(/\s+/).filter((t) => t !== '')) {
      const id = this.resolveToken(token, at);
      if (id === null) {
        const looksLikeUrl = /^[a-z][a-z0-9+.-]*:/i.test(token);
        problems.error(
          looksLikeUrl ? 'invalid-url' : 'unknown-source',
          looksLikeUrl
            ? `${label}: "${token}" is not an absolute http(s) URL`
            : `${label}: "${token}" is neither a URL nor the id of a source in meta.sources`,
          at,
          pointer,
        );
      } else {
        out.push(id);
      }
    }
    return out;
  }

  /** Every source, in dataset order. */
  list(): Source[] {
    return [...this.sources];
  }

  private resolveToken(token: string, at: CellLocation): string | null {
    const known = this.byUrl.get(token);
    if (known !== undefined) return known;
    const url = /^https?:\/\//i.test(token) ? parseSourceUrl(token) : null;
    if (url === null) return this.metaIds.has(token) ? token : null;
    let id = sourceIdFor(token, url);
    // Two URLs of one host whose hashes share six digits, or a meta id that happens to match.
    for (let n = 2; this.ids.has(id); n++) id = `${sourceIdFor(token, url)}-${n}`;
    this.ids.add(id);
    this.byUrl.set(token, id);
    this.locations.set(`/sources/${this.sources.length}`, at);
    this.sources.push({ id, title: sourceTitleFor(url), url: token });
    return id;
  }
}
