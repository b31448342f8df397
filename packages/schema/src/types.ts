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
  /** When the source was published (or last updated, when it says so). */
  readonly date?: PartialDate;
  /** BCP-47 tag of the language the source is written in ("en", "ja", "fr"). */
  readonly language?: string;
  /** A copy in a web archive, for pages likely to move or disappear. */
  readonly archiveUrl?: string;
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
  /**
   * Why `status` is not the one the status rule computes from the activities (see
   * `expectedStatus`), e.g. "the town says exchanges paused in 2020". Without it the validator
   * warns about the disagreement.
   */
  readonly statusReason?: Text;
  /**
   * BCP-47 tag of the language `note` and `statusReason` were first written in; the other
   * languages of those texts are translations by the dataset's editors.
   */
  readonly original?: string;
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
  /**
   * True for an activity that led up to the agreement (a first visit, a proposal) and so is
   * expected before the signing date; the validator then does not warn that it is early.
   */
  readonly prelude?: boolean;
  /**
   * BCP-47 tag of the language `title` and `description` were first written in; the other
   * languages are translations by the dataset's editors.
   */
  readonly original?: string;
}

/** Overrides the label or colour of a default category, or adds a category. */
export interface CategoryDef {
  readonly id: string;
  readonly label?: Text;
  /** Any CSS colour. */
  readonly color?: string;
}

/**
 * An editor's note attached to exactly one target: an agreement (`twinning`), a `place`, an
 * `activity`, a `category`, or a `year` (with `until`, a range of years, inclusive). The elements
 * draw it as a numbered callout beside that target and list it in their table and summary.
 */
export interface Annotation {
  /** Stable slug, e.g. "note-kamui-mintara". */
  readonly id: string;
  /** Twinning id the note is about. */
  readonly twinning?: string;
  /** Place id the note is about. */
  readonly place?: string;
  /** Activity id the note is about. */
  readonly activity?: string;
  /** Category id (default or declared) the note is about. */
  readonly category?: string;
  /** The year the note is about, or the first year of a range. */
  readonly year?: number;
  /** The last year (inclusive) of a range that starts at `year`. */
  readonly until?: number;
  /** The note, plain text, in one or more languages. */
  readonly text: Text;
  /** Source ids backing the note. */
  readonly sources?: readonly string[];
}

/** A display name for an ISO 3166-2 region code used by the places ("CA-BC" → British Columbia). */
export interface RegionDef {
  /** ISO 3166-2 code, as in `Place.region`. */
  readonly id: string;
  readonly name: Text;
}

/**
 * Editorial rules a dataset declares it follows; the validator then checks them. A dataset that
 * declares none is not held to them (its statuses and sources may follow other conventions).
 */
export interface DatasetRules {
  /**
   * Apply the status rule (see `expectedStatus`): contact dated from this partial date on makes an
   * agreement `active`. Each twinning whose status disagrees, without a `statusReason`, is warned about.
   */
  readonly activeSince?: PartialDate;
  /** Check that every source can be cited as it stands: a real title, https, no mirror host. */
  readonly citations?: boolean;
}

/** A whole dataset. */
export interface TwinningDataset {
  readonly schemaVersion: SchemaVersion;
  readonly title?: Text;
  readonly description?: Text;
  /** The edition of the data, e.g. "2026.12"; each edition's changes are listed in its changelog. */
  readonly version?: string;
  readonly updated?: PartialDate;
  readonly license?: string;
  readonly sources: readonly Source[];
  readonly places: readonly Place[];
  readonly twinnings: readonly Twinning[];
  readonly activities?: readonly Activity[];
  readonly categories?: readonly CategoryDef[];
  /** Names of the regions the places use (an addition to the 1.0 field list; optional). */
  readonly regions?: readonly RegionDef[];
  /** Editorial rules the dataset follows, checked by the validator. */
  readonly rules?: DatasetRules;
  /** Editors' notes drawn as callouts on the elements (an addition to the 1.0 field list; optional). */
  readonly annotations?: readonly Annotation[];
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
