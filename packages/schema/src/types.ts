/**
 * The Twinning data contract. Field names are public API: people author files against them.
 */
import type { PlaceKind, SchemaVersion, TwinningStatus, TwinningType } from './vocabularies.ts';

/** A string, or the same text in several languages keyed by BCP-47 tag: `{"en": "…", "ja": "…"}`. */
export type Text = string | { readonly [lang: string]: string };

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". Its precision is kept and never padded. */
export type PartialDate = string;

/** A cited source. */
export interface Source {
  readonly id: string;
  readonly title: Text;
  readonly url?: string;
  readonly publisher?: string;
  readonly date?: PartialDate;
}

/** A party to an agreement: a municipality, province, prefecture, state… */
export interface Place {
  /** Stable slug, e.g. "ca-bc-burnaby", "jp-01-kushiro". */
  readonly id: string;
  readonly name: Text;
  /** ISO 3166-1 alpha-2 ("CA", "JP", "US"). */
  readonly country: string;
  /** ISO 3166-2 ("CA-BC", "JP-01"). */
  readonly region?: string;
  readonly kind: PlaceKind;
  /** WGS84 decimal degrees. */
  readonly lat: number;
  readonly lon: number;
  readonly url?: string;
}

/** One agreement between two or more places. */
export interface Twinning {
  readonly id: string;
  /** Place ids, two or more. */
  readonly places: readonly string[];
  readonly type: TwinningType;
  readonly signed?: PartialDate;
  readonly ended?: PartialDate;
  readonly status: TwinningStatus;
  /** Source ids. */
  readonly sources: readonly string[];
  /** Discrepancies between sources, history (mergers, re-signings), caveats. */
  readonly note?: Text;
  /** Whom to contact about the agreement: the office or friendship association. Optional. */
  readonly contact?: Contact;
}

/** A contact for a twinning: a web page and/or an e-mail address, with an optional label. */
export interface Contact {
  /** Absolute http(s) address of the office's or association's page. */
  readonly url?: string;
  /** What to call the link, e.g. "Port Alder–Yokohama Friendship Society". */
  readonly label?: Text;
  readonly email?: string;
}

/** Something that happened within an agreement: a visit, an exchange, a gift. */
export interface Activity {
  readonly id: string;
  /** Twinning id. */
  readonly twinning: string;
  readonly date: PartialDate;
  readonly endDate?: PartialDate;
  /** One or more category slugs. */
  readonly categories: readonly string[];
  readonly title: Text;
  readonly description?: Text;
  readonly participants?: number;
  /** Source ids. */
  readonly sources: readonly string[];
}

/** Overrides the label or colour of a default category, or adds a category. */
export interface CategoryDef {
  readonly id: string;
  readonly label?: Text;
  /** Any CSS colour. */
  readonly color?: string;
}

/** A display name for an ISO 3166-2 region code used by the places ("CA-BC" → British Columbia). */
export interface RegionDef {
  /** ISO 3166-2 code, as in `Place.region`. */
  readonly id: string;
  readonly name: Text;
}

/** A whole dataset. */
export interface TwinningDataset {
  readonly schemaVersion: SchemaVersion;
  readonly title?: Text;
  readonly description?: Text;
  readonly updated?: PartialDate;
  readonly license?: string;
  readonly sources: readonly Source[];
  readonly places: readonly Place[];
  readonly twinnings: readonly Twinning[];
  readonly activities?: readonly Activity[];
  readonly categories?: readonly CategoryDef[];
  /** Names of the regions the places use (an addition to the 1.0 field list; optional). */
  readonly regions?: readonly RegionDef[];
}

/** How serious a problem is: errors stop a dataset from being used, warnings do not. */
export type Severity = 'error' | 'warning';

/** One thing wrong with the input, and where. */
export interface Problem {
  readonly severity: Severity;
  /** Stable machine code, e.g. "unknown-place". Documented in docs/data/validation-codes.md. */
  readonly code: string;
  /** JSON pointer into the input ("/twinnings/3/places/1"), or "" for the whole document. */
  readonly pointer: string;
  /** Plain sentence; names the valid values where relevant. */
  readonly message: string;
  /** For spreadsheet input: file, 1-based line and column. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}
