/**
 * The field names of each record type, as data. The validator warns about any other field, and a
 * test checks that twinning.schema.json defines exactly these properties. The type checks below
 * fail to compile if a list and its interface drift apart.
 */
import type { Activity, Annotation, CategoryDef, DatasetRules, Place, RegionDef, Source, Twinning, TwinningDataset } from './types.ts';

/** Field names of every record type of the schema. */
export const RECORD_FIELDS = {
  dataset: ['schemaVersion', 'title', 'description', 'version', 'updated', 'license', 'sources', 'places', 'twinnings', 'activities', 'categories', 'regions', 'rules', 'annotations'],
  rules: ['activeSince', 'citations'],
  source: ['id', 'title', 'url', 'publisher', 'date', 'language', 'archiveUrl'],
  place: ['id', 'name', 'country', 'region', 'kind', 'lat', 'lon', 'url'],
  twinning: ['id', 'places', 'type', 'signed', 'ended', 'status', 'sources', 'note', 'statusReason', 'original', 'contact'],
  activity: ['id', 'twinning', 'date', 'endDate', 'categories', 'title', 'description', 'participants', 'sources', 'prelude', 'original'],
  category: ['id', 'label', 'color'],
  region: ['id', 'name'],
  annotation: ['id', 'twinning', 'place', 'activity', 'category', 'year', 'until', 'text', 'sources'],
} as const;

/** The record types of the schema. */
export type RecordKind = keyof typeof RECORD_FIELDS;

type Exact<Listed, Keys> = [Exclude<Keys, Listed>] extends [never] ? ([Exclude<Listed, Keys>] extends [never] ? true : false) : false;
type Fields<K extends RecordKind> = (typeof RECORD_FIELDS)[K][number];

// Compile-time agreement between the lists and the interfaces.
const exact: [
  Exact<Fields<'dataset'>, keyof TwinningDataset>,
  Exact<Fields<'source'>, keyof Source>,
  Exact<Fields<'place'>, keyof Place>,
  Exact<Fields<'twinning'>, keyof Twinning>,
  Exact<Fields<'activity'>, keyof Activity>,
  Exact<Fields<'category'>, keyof CategoryDef>,
  Exact<Fields<'region'>, keyof RegionDef>,
  Exact<Fields<'rules'>, keyof DatasetRules>,
  Exact<Fields<'annotation'>, keyof Annotation>,
] = [true, true, true, true, true, true, true, true, true];
void exact;
