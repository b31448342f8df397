/**
 * The closed vocabularies of the Twinning schema. Each is an `as const` array so that
 * stories, tests and validators can iterate it, and each union type is derived from it.
 */

/** Schema versions this package reads. */
export const SCHEMA_VERSIONS = ['1.0'] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];

/** What kind of government a place is. */
export const PLACE_KINDS = ['municipality', 'province', 'state', 'prefecture', 'territory', 'region', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The kind of agreement. */
export const TWINNING_TYPES = ['sister-city', 'friendship-city', 'sister-province', 'partner', 'other'] as const;
export type TwinningType = (typeof TWINNING_TYPES)[number];

/** What is known of an agreement's life today. */
export const TWINNING_STATUSES = ['active', 'dormant', 'ended', 'unknown'] as const;
export type TwinningStatus = (typeof TWINNING_STATUSES)[number];

/** The default activity categories. Datasets may add their own through `categories`. */
export const DEFAULT_CATEGORIES = [
  'education',
  'culture',
  'youth',
  'sport',
  'administration',
  'business',
  'indigenous',
  'disaster-relief',
  'tourism',
  'commemoration',
  'other',
] as const;
export type DefaultCategory = (typeof DEFAULT_CATEGORIES)[number];

/**
 * Languages the elements speak and the spreadsheets have columns for. A record's `original`
 * language must be one of them.
 */
export const CONTENT_LANGUAGES = ['en', 'fr', 'ja'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
