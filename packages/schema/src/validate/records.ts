/** Structural checks of each record type. Each returns what the cross-record checks need. */
import { dateExtent } from '../dates.ts';
import { RECORD_FIELDS } from '../fields.ts';
import { CONTENT_LANGUAGES, PLACE_KINDS, TWINNING_STATUSES, TWINNING_TYPES } from '../vocabularies.ts';
import { asObject, pointerTo, quote, typeName, type Reporter } from './context.ts';
import { FieldReader, where } from './fields.ts';
import { Unreadable, type Plain } from './snapshot.ts';

/** An id and where it was found. */
export interface Ref {
  readonly id: string;
  readonly at: string;
}

/** What is known of a record once its structure is checked. */
export interface Checked {
  readonly id?: string;
  readonly at: string;
}
export interface CheckedPlace extends Checked {}
export interface CheckedSource extends Checked {
  readonly url?: string;
  readonly title: TextValues;
}
export interface CheckedTwinning extends Checked {
  readonly places: Ref[];
  readonly signed?: string;
  readonly ended?: string;
  readonly status?: string;
  readonly sources: Ref[];
  /** True when the record gives a `statusReason`. */
  readonly explained: boolean;
}
export interface CheckedActivity extends Checked {
  readonly twinning?: Ref;
  readonly date?: string;
  readonly endDate?: string;
  readonly categories: Ref[];
  readonly sources: Ref[];
  readonly prelude: boolean;
  readonly title: TextValues;
}

/** The readable strings of a Text field by language ("" for a plain string). */
export type TextValues = { readonly [lang: string]: string };

/** The strings of a Text field, as far as they are readable; the field reader reports the rest. */
function textValues(f: FieldReader, key: string): TextValues {
  const value = Object.prototype.hasOwnProperty.call(f.record, key) ? f.record[key] : undefined;
  if (typeof value === 'string') return { '': value };
  const object = asObject(value);
  if (!object) return {};
  return Object.fromEntries(Object.entries(object).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''));
}

/**
 * Checks `original`: one of the content languages, present in at least one of `texts` when any
 * of them is given in several languages.
 */
function checkOriginal(reporter: Reporter, f: FieldReader, at: string, texts: readonly [string, TextValues][]): void {
  const original = f.string('original', false);
  if (original === undefined) return;
  const p = pointerTo(at, 'original');
  if (!(CONTENT_LANGUAGES as readonly string[]).includes(original)) {
    reporter.report('invalid-value', p, `invalid original ${where(p)}: ${quote(original)}; expected one of ${CONTENT_LANGUAGES.join(', ')}`);
    return;
  }
  for (const [key, values] of texts) {
    const langs = Object.keys(values);
    if (langs.length === 0 || langs.includes('')) continue;
    if (!langs.includes(original)) {
      const tp = pointerTo(at, key);
      reporter.report('original-text-missing', tp, `original text missing ${where(tp)}: original is ${quote(original)} but ${key} has only ${langs.join(', ')}`);
    }
  }
}

const ISO_COUNTRY = /^[A-Z]{2}$/;
const ISO_REGION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
/** Hex, functional notation (rgb(), hsl(), oklch(), var()…) or a keyword; nothing that could end a declaration. */
const CSS_COLOR = /^(?:#[0-9A-Fa-f]{3,4}|#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{8}|[a-z-]+\([^;{}<>"'\\]*\)|[A-Za-z]+)$/;

/**
 * True when partial date `a` is wholly before `b`. Dates of different precision that overlap are
 * not ordered: ended "1985" is not before signed "1985-06"; the source simply gave less detail.
 */
export function whollyBefore(a: string, b: string): boolean {
  const x = dateExtent(a);
  const y = dateExtent(b);
  return !!x && !!y && x[1].getTime() <= y[0].getTime();
}

/** Opens an object record, or reports why it is not one. */
export function openRecord(reporter: Reporter, value: Plain, at: string, what: string): FieldReader | null {
  if (value instanceof Unreadable) {
    reporter.report('unreadable-value', at, `unreadable ${what} ${where(at)}: ${value.reason}`);
    return null;
  }
  const object = asObject(value);
  if (!object) {
    reporter.report('wrong-type', at, `wrong type ${where(at)}: ${typeName(value)}; expected ${what === 'dataset' ? 'a dataset object' : `a ${what} object`}`);
    return null;
  }
  return new FieldReader(reporter, object, at);
}

/** Checks a source; returns its id, url and title for the citation checks. */
export function checkSource(reporter: Reporter, value: Plain, at: string): CheckedSource | null {
  const f = openRecord(reporter, value, at, 'source');
  if (!f) return null;
  f.unknownFields(RECORD_FIELDS.source);
  const id = f.id();
  f.text('title', true);
  const url = f.url('url');
  f.string('publisher', false, true);
  f.date('date', false);
  f.languageTag('language');
  f.url('archiveUrl');
  return { id, at, url, title: textValues(f, 'title') };
}

/** Checks a place: kind, country, region, coordinates. */
export function checkPlace(reporter: Reporter, value: Plain, at: string): CheckedPlace | null {
  const f = openRecord(reporter, value, at, 'place');
  if (!f) return null;
  f.unknownFields(RECORD_FIELDS.place);
  const id = f.id();
  f.text('name', true);
  f.oneOf('kind', PLACE_KINDS, true);
  f.url('url');
  const country = f.string('country', true);
  if (country !== undefined && !ISO_COUNTRY.test(country)) {
    const p = pointerTo(at, 'country');
    reporter.report('invalid-country', p, `invalid country ${where(p)}: ${quote(country)}; expected an ISO 3166-1 alpha-2 code in capitals, e.g. CA, JP`);
  }
  const region = f.string('region', false);
  if (region !== undefined) {
    const p = pointerTo(at, 'region');
    if (!ISO_REGION.test(region)) {
      reporter.report('invalid-region', p, `invalid region ${where(p)}: ${quote(region)}; expected an ISO 3166-2 code such as CA-BC or JP-01`);
    } else if (country !== undefined && ISO_COUNTRY.test(country) && !region.startsWith(country + '-')) {
      reporter.report('region-country-mismatch', p, `region ${quote(region)} ${where(p)} is not in country ${quote(country)}; it should start with "${country}-"`);
    }
  }
  for (const [key, limit] of [['lat', 90], ['lon', 180]] as const) {
    const n = f.number(key, true);
    if (n === undefined) continue;
    if (!Number.isFinite(n) || Math.abs(n) > limit) {
      const p = pointerTo(at, key);
      reporter.report('coordinate-out-of-range', p, `${key === 'lat' ? 'latitude' : 'longitude'} out of range ${where(p)}: ${quote(n)}; expected a number from -${limit} to ${limit}`);
    }
  }
  return { id, at };
}

/** Checks a twinning's fields; references and date order are checked later. */
export function checkTwinning(reporter: Reporter, value: Plain, at: string): CheckedTwinning | null {
  const f = openRecord(reporter, value, at, 'twinning');
  if (!f) return null;
  f.unknownFields(RECORD_FIELDS.twinning);
  const id = f.id();
  const places = f.idList('places', true);
  if (places && places.length < 2) {
    const p = pointerTo(at, 'places');
    reporter.report('too-few-places', p, `too few places ${where(p)}: ${places.length}; a twinning joins two or more places`);
  }
  f.oneOf('type', TWINNING_TYPES, true);
  const status = f.oneOf('status', TWINNING_STATUSES, true);
  const signed = f.date('signed', false);
  const ended = f.date('ended', false);
  if (signed && ended && whollyBefore(ended, signed)) {
    const p = pointerTo(at, 'ended');
    reporter.report('ended-before-signed', p, `ended before signed ${where(p)}: ended ${quote(ended)} is before signed ${quote(signed)}`);
  }
  if (ended && status !== undefined && status !== 'ended') {
    const p = pointerTo(at, 'status');
    reporter.report('status-conflicts-with-ended', p, `status ${quote(status)} ${where(p)} but the twinning has an ended date (${ended}); expected status "ended"`);
  }
  f.text('note', false);
  f.text('statusReason', false);
  checkOriginal(reporter, f, at, [['note', textValues(f, 'note')], ['statusReason', textValues(f, 'statusReason')]]);
  checkContact(reporter, f.value('contact', false), pointerTo(at, 'contact'));
  const sources = f.idList('sources', true);
  const explained = Object.keys(textValues(f, 'statusReason')).length > 0;
  return { id, at, places: places ?? [], signed, ended, status, sources: sources ?? [], explained };
}

/** Fields of a twinning's `contact`. */
const CONTACT_FIELDS = ['url', 'label', 'email'] as const;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** Checks a twinning's optional contact: an object with a url and/or an e-mail address. */
function checkContact(reporter: Reporter, value: Plain, at: string): void {
  if (value === undefined) return;
  const f = openRecord(reporter, value, at, 'contact');
  if (!f) return;
  f.unknownFields(CONTACT_FIELDS);
  f.url('url');
  f.text('label', false);
  const email = f.string('email', false);
  if (email !== undefined && !EMAIL.test(email)) {
    const p = pointerTo(at, 'email');
    reporter.report('invalid-value', p, `invalid email ${where(p)}: ${quote(email)}; expected an address such as office@example.org`);
  }
  if (f.record['url'] === undefined && email === undefined) {
    reporter.report('missing-field', at, `missing field "url" or "email" ${where(at)}; a contact needs a web address or an e-mail address`);
  }
}

/** Checks an activity's fields; references, categories and dates against the twinning are checked later. */
export function checkActivity(reporter: Reporter, value: Plain, at: string): CheckedActivity | null {
  const f = openRecord(reporter, value, at, 'activity');
  if (!f) return null;
  f.unknownFields(RECORD_FIELDS.activity);
  const id = f.id();
  const twinningId = f.string('twinning', true);
  const date = f.date('date', true);
  const endDate = f.date('endDate', false);
  if (date && endDate && whollyBefore(endDate, date)) {
    const p = pointerTo(at, 'endDate');
    reporter.report('end-before-start', p, `endDate before date ${where(p)}: ${quote(endDate)} is before ${quote(date)}`);
  }
  const categories = f.idList('categories', true);
  if (categories?.length === 0) {
    const p = pointerTo(at, 'categories');
    reporter.report('empty-value', p, `empty categories ${where(p)}; an activity needs one or more categories`);
  }
  f.text('title', true);
  f.text('description', false);
  const participants = f.number('participants', false);
  if (participants !== undefined && !(Number.isInteger(participants) && participants >= 0)) {
    const p = pointerTo(at, 'participants');
    reporter.report('invalid-participants', p, `invalid participants ${where(p)}: ${quote(participants)}; expected a whole number, 0 or more`);
  }
  const sources = f.idList('sources', true);
  const prelude = f.boolean('prelude');
  const title = textValues(f, 'title');
  checkOriginal(reporter, f, at, [['title', title], ['description', textValues(f, 'description')]]);
  const twinning = twinningId === undefined ? undefined : { id: twinningId, at: pointerTo(at, 'twinning') };
  return { id, at, twinning, date, endDate, categories: categories ?? [], sources: sources ?? [], prelude: prelude === true, title };
}

/** Checks a category definition. */
export function checkCategory(reporter: Reporter, value: Plain, at: string): Checked | null {
  const f = openRecord(reporter, value, at, 'category');
  if (!f) return null;
  f.unknownFields(RECORD_FIELDS.category);
  const id = f.id();
  f.text('label', false);
  const color = f.string('color', false);
  if (color !== undefined && !CSS_COLOR.test(color.trim())) {
    const p = pointerTo(at, 'color');
    reporter.report('invalid-color', p, `invalid color ${where(p)}: ${quote(color)}; expected a CSS colour such as "#4477AA" or "rgb(68 119 170)"`);
  }
  return { id, at };
}

/** Checks a region name entry. */
export function checkRegion(reporter: Reporter, value: Plain, at: string): Checked | null {
  const f = openRecord(reporter, value, at, 'region');
  if (!f) return null;
  f.unknownFields(RECORD_FIELDS.region);
  const id = f.string('id', true);
  if (id !== undefined && !ISO_REGION.test(id)) {
    const p = pointerTo(at, 'id');
    reporter.report('invalid-region', p, `invalid region ${where(p)}: ${quote(id)}; expected an ISO 3166-2 code such as CA-BC or JP-01`);
  }
  f.text('name', true);
  return { id, at };
}
