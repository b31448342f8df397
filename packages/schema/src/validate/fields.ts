/** Typed reads of one record's fields; each wrong value is reported where it is. */
import { parsePartialDate } from '../dates.ts';
import { asObject, oneOf, pointerTo, quote, typeName, type Reporter } from './context.ts';
import { Unreadable, type Plain } from './snapshot.ts';

/** Tags (`<b`, `</p`, `<!--`) and character references (`&amp;`, `&#39;`, `&#x27;`). */
const MARKUP = /<[A-Za-z/!?]|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/;
/** Slugs: safe in URLs, CSS selectors after escaping, and file names. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** Loose BCP-47 shape: "en", "fr-CA", "zh-Hant-TW", "ja-Latn". */
const LANG_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** Where a value is, for messages: "at /places/0/lat" or "at the top level". */
export function where(pointer: string): string {
  return pointer === '' ? 'at the top level' : `at ${pointer}`;
}

/** Reads the fields of one object, reporting each problem at its pointer. */
export class FieldReader {
  constructor(
    readonly reporter: Reporter,
    readonly record: { readonly [key: string]: Plain },
    readonly at: string,
  ) {}

  /** The raw value of a field; unreadable values are reported and read as absent. */
  value(key: string, required: boolean): Plain {
    const value = Object.prototype.hasOwnProperty.call(this.record, key) ? this.record[key] : undefined;
    const at = pointerTo(this.at, key);
    if (value instanceof Unreadable) {
      this.reporter.report('unreadable-value', at, `unreadable value ${where(at)}: ${value.reason}`);
      return undefined;
    }
    if (value === undefined && required) this.reporter.report('missing-field', this.at, `missing field "${key}" ${where(this.at)}`);
    return value;
  }

  /** A string field, or undefined when absent or not a string. */
  string(key: string, required: boolean, checkMarkup = false): string | undefined {
    const value = this.value(key, required);
    if (value === undefined) return undefined;
    const at = pointerTo(this.at, key);
    if (typeof value !== 'string') {
      this.reporter.report('wrong-type', at, `wrong type ${where(at)}: ${typeName(value)}; expected a string`);
      return undefined;
    }
    if (required && value.trim() === '') this.reporter.report('empty-value', at, `empty value ${where(at)}; "${key}" needs a value`);
    if (checkMarkup) this.markup(value, at);
    return value;
  }

  /** An id field: a non-empty slug. */
  id(key = 'id'): string | undefined {
    const value = this.string(key, true);
    if (value === undefined || value.trim() === '') return undefined;
    if (!ID.test(value)) {
      const at = pointerTo(this.at, key);
      this.reporter.report('invalid-id', at, `invalid id ${where(at)}: ${quote(value)}; use letters, digits and - _ . :, starting with a letter or digit`);
    }
    return value;
  }

  /** A Text field: a string, or an object of strings keyed by language tag. */
  text(key: string, required: boolean): void {
    const value = this.value(key, required);
    if (value === undefined) return;
    const at = pointerTo(this.at, key);
    if (typeof value === 'string') {
      if (required && value.trim() === '') this.reporter.report('empty-value', at, `empty text ${where(at)}`);
      this.markup(value, at);
      return;
    }
    const object = asObject(value);
    if (!object) {
      this.reporter.report('wrong-type', at, `wrong type ${where(at)}: ${typeName(value)}; expected a string or an object of strings by language, e.g. {"en": "…", "ja": "…"}`);
      return;
    }
    let filled = 0;
    for (const [lang, entry] of Object.entries(object)) {
      const entryAt = pointerTo(at, lang);
      if (!LANG_TAG.test(lang)) this.reporter.report('invalid-value', entryAt, `invalid language tag ${where(entryAt)}: ${quote(lang)}; expected a BCP-47 tag such as en, fr, ja, fr-CA`);
      if (entry instanceof Unreadable) {
        this.reporter.report('unreadable-value', entryAt, `unreadable value ${where(entryAt)}: ${entry.reason}`);
      } else if (typeof entry !== 'string') {
        this.reporter.report('wrong-type', entryAt, `wrong type ${where(entryAt)}: ${typeName(entry)}; expected a string`);
      } else {
        if (entry.trim() !== '') filled++;
        this.markup(entry, entryAt);
      }
    }
    if (required && filled === 0) this.reporter.report('empty-value', at, `empty text ${where(at)}: no language has a value`);
  }

  /** A partial date field; returns it only when it is valid. */
  date(key: string, required: boolean): string | undefined {
    const value = this.string(key, required);
    if (value === undefined) return undefined;
    if (parsePartialDate(value)) return value;
    const at = pointerTo(this.at, key);
    const shaped = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
    this.reporter.report(
      'invalid-date',
      at,
      shaped
        ? `impossible date ${where(at)}: ${quote(value)}; that month or day does not exist`
        : `malformed date ${where(at)}: ${quote(value)}; expected YYYY, YYYY-MM or YYYY-MM-DD`,
    );
    return undefined;
  }

  /** A field from a closed vocabulary. */
  oneOf<T extends string>(key: string, values: readonly T[], required: boolean): T | undefined {
    const value = this.string(key, required);
    if (value === undefined) return undefined;
    if ((values as readonly string[]).includes(value)) return value as T;
    const at = pointerTo(this.at, key);
    this.reporter.report('invalid-value', at, `invalid ${key} ${where(at)}: ${quote(value)}; expected one of ${oneOf(values)}`);
    return undefined;
  }

  /** An absolute http(s) URL; returns it only when it is one. */
  url(key: string): string | undefined {
    const value = this.string(key, false);
    if (value === undefined) return undefined;
    if (!isHttpUrl(value)) {
      const at = pointerTo(this.at, key);
      this.reporter.report('invalid-url', at, `invalid url ${where(at)}: ${quote(value)}; expected an absolute http:// or https:// address`);
      return undefined;
    }
    return value;
  }

  /** An optional BCP-47 language tag ("en", "ja", "fr-CA"). */
  languageTag(key: string): string | undefined {
    const value = this.string(key, false);
    if (value === undefined) return undefined;
    if (!LANG_TAG.test(value)) {
      const at = pointerTo(this.at, key);
      this.reporter.report('invalid-value', at, `invalid language tag ${where(at)}: ${quote(value)}; expected a BCP-47 tag such as en, fr, ja`);
      return undefined;
    }
    return value;
  }

  /** An optional boolean field. */
  boolean(key: string): boolean | undefined {
    const value = this.value(key, false);
    if (value === undefined) return undefined;
    if (typeof value === 'boolean') return value;
    const at = pointerTo(this.at, key);
    this.reporter.report('wrong-type', at, `wrong type ${where(at)}: ${typeName(value)}; expected true or false`);
    return undefined;
  }

  /** A number field; returns it only when it is a number (finite or not: callers judge). */
  number(key: string, required: boolean): number | undefined {
    const value = this.value(key, required);
    if (value === undefined) return undefined;
    if (typeof value === 'number') return value;
    const at = pointerTo(this.at, key);
    this.reporter.report('wrong-type', at, `wrong type ${where(at)}: ${typeName(value)}; expected a number`);
    return undefined;
  }

  /** An array field; returns its items with their pointers. */
  array(key: string, required: boolean): { value: Plain; at: string }[] | undefined {
    const value = this.value(key, required);
    if (value === undefined) return undefined;
    const at = pointerTo(this.at, key);
    if (!Array.isArray(value)) {
      this.reporter.report('wrong-type', at, `wrong type ${where(at)}: ${typeName(value)}; expected an array`);
      return undefined;
    }
    return (value as readonly Plain[]).map((item, i) => ({ value: item, at: pointerTo(at, i) }));
  }

  /** An array of id strings (references): the well-formed ones with their pointers, or undefined when absent. */
  idList(key: string, required: boolean): { id: string; at: string }[] | undefined {
    const items = this.array(key, required);
    if (items === undefined) return undefined;
    const out: { id: string; at: string }[] = [];
    for (const item of items) {
      if (item.value instanceof Unreadable) {
        this.reporter.report('unreadable-value', item.at, `unreadable value ${where(item.at)}: ${item.value.reason}`);
      } else if (typeof item.value !== 'string') {
        this.reporter.report('wrong-type', item.at, `wrong type ${where(item.at)}: ${typeName(item.value)}; expected an id (a string)`);
      } else {
        out.push({ id: item.value, at: item.at });
      }
    }
    return out;
  }

  /** Warns about fields the schema does not define. */
  unknownFields(known: readonly string[]): void {
    for (const key of Object.keys(this.record)) {
      if (known.includes(key) || key === '$schema' || key === '$comment') continue;
      const at = pointerTo(this.at, key);
      this.reporter.report('unknown-field', at, `unknown field ${quote(key)} ${where(this.at)}; expected one of ${oneOf(known)}`);
    }
  }

  private markup(value: string, at: string): void {
    const match = MARKUP.exec(value);
    if (match) {
      const snippet = value.slice(match.index, match.index + 12);
      this.reporter.report('markup-in-text', at, `markup in text ${where(at)}: ${quote(snippet)}; it is kept and shown as plain text, not as HTML`);
    }
  }
}

/** True for an absolute http: or https: URL. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).host !== '';
  } catch {
    return false;
  }
}
