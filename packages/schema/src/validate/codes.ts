/**
 * Every problem code the validator, the JSON reader and the spreadsheet importer can report.
 * Codes are stable API: tools match on them. docs/data/validation-codes.md lists them; a test
 * keeps that page in step with this file.
 */
import type { Severity } from '../types.ts';

/** Every problem code, in the order the documentation lists them. */
export const PROBLEM_CODES = [
  // Reading the file
  'empty-input', // the file or string holds nothing but whitespace
  'too-large', // the input is over the size limit
  'invalid-encoding', // the bytes are not UTF-8
  'invalid-json', // JSON syntax error (with line and column)
  // Structure
  'wrong-type', // a value has the wrong JSON type
  'missing-field', // a required field is absent
  'unknown-field', // a field the schema does not define (often a typo)
  'unknown-schema-version', // schemaVersion is not one this package reads
  'invalid-value', // a value outside a closed vocabulary (type, status, kind)
  'empty-value', // a required string or text is empty
  'unreadable-value', // reading a value threw (a getter or proxy), or it refers to itself
  'invalid-id', // an id with spaces, slashes or other characters unsafe in URLs
  'invalid-url', // not an absolute http(s) URL
  'invalid-color', // not a plausible CSS colour
  // Identity and references
  'duplicate-id', // two records of one collection share an id
  'unknown-place', // a twinning names a place id that is not in places
  'unknown-twinning', // an activity names a twinning id that is not in twinnings
  'unknown-activity', // an annotation names an activity id that is not in activities
  'unknown-source', // a sources entry names an id that is not in sources
  'unknown-category', // a category that is neither a default one nor declared in categories
  'too-few-places', // a twinning with fewer than two places
  'repeated-place', // a twinning lists the same place twice
  // Values
  'coordinate-out-of-range', // latitude outside ±90, longitude outside ±180, or not finite
  'invalid-date', // not YYYY, YYYY-MM or YYYY-MM-DD, or a day that does not exist
  'ended-before-signed', // a twinning's ended date is before its signed date
  'end-before-start', // an activity's endDate is before its date, or an annotation's until before its year
  'activity-before-signing', // an activity dated before its twinning was signed
  'status-conflicts-with-ended', // an ended date on a twinning whose status is not "ended"
  'invalid-participants', // participants is not a non-negative integer
  'invalid-country', // country is not two upper-case letters (ISO 3166-1 alpha-2)
  'invalid-region', // region is not ISO 3166-2 shaped ("CA-BC", "JP-01")
  'region-country-mismatch', // a place's region does not start with its country
  'no-sources', // a twinning or activity cites no source
  'markup-in-text', // text that looks like HTML tags or entities; it is kept and shown as text
  'original-text-missing', // a record's original language has no text in a field that has others
  // Evidence and citations
  'prelude-after-signing', // an activity marked prelude is not before the signing
  'status-disagrees', // status is not what the status rule computes, and no statusReason says why
  'planned-in-past', // an activity titled as planned whose date has passed
  'source-untitled', // a source whose title is only its address
  'source-insecure-url', // a source address on http:// rather than https://
  'source-mirror-host', // a source on a host that serves copies of other sites
  // Limits
  // Spreadsheets and files
  'csv-syntax', // spreadsheets: invalid CSV quoting
  'duplicate-column', // spreadsheets: a header names a column twice
  'extra-cells', // spreadsheets: a cell beyond the header
  'blank-row', // spreadsheets: a blank row was skipped
  'place-conflict', // spreadsheets: two rows describe one place differently
  'not-exportable', // spreadsheets: something the sheets cannot hold
  'too-many-parties', // spreadsheets: more than six parties
  'unreadable', // CLI: a file is missing or unreadable
  'not-a-file', // CLI: the path is not a regular file
  'too-many-problems', // reporting stopped at the limit; more problems may exist
] as const;

/** A stable problem code. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** What a code means and how to fix it. */
export interface ProblemCodeInfo {
  readonly severity: Severity;
  readonly meaning: string;
  readonly fix: string;
}

/** Severity, meaning and fix for each code; docs/data/validation-codes.md is written from it. */
export const PROBLEM_CODE_INFO: { readonly [code in ProblemCode]: ProblemCodeInfo } = {
  'empty-input': { severity: 'error', meaning: 'The file or string is empty or only whitespace.', fix: 'Check that the right file was given and that it was saved.' },
  'too-large': { severity: 'error', meaning: 'The input is larger than the size limit (20 MB by default).', fix: 'Split the dataset, or raise the limit deliberately if the file is genuine.' },
  'invalid-encoding': { severity: 'error', meaning: 'The bytes are not valid UTF-8 (for example UTF-16 or Latin-1).', fix: 'Save the file as UTF-8.' },
  'invalid-json': { severity: 'error', meaning: 'The text is not valid JSON; the message gives line and column.', fix: 'Fix the syntax at the reported position (a missing comma or quote, a trailing comma).' },
  'wrong-type': { severity: 'error', meaning: 'A value has the wrong JSON type (a number where a string is expected, …).', fix: 'Use the type the message names.' },
  'missing-field': { severity: 'error', meaning: 'A required field is absent.', fix: 'Add the field; the message names it.' },
  'unknown-field': { severity: 'warning', meaning: 'The object has a field the schema does not define; it is often a misspelling.', fix: 'Correct the spelling, or remove the field if it is not needed.' },
  'unknown-schema-version': { severity: 'error', meaning: 'schemaVersion is not one this package reads.', fix: 'Set "schemaVersion": "1.0".' },
  'invalid-value': { severity: 'error', meaning: 'A value is not in its closed vocabulary (twinning type, status, place kind).', fix: 'Use one of the values the message lists.' },
  'empty-value': { severity: 'error', meaning: 'A required string or text is empty.', fix: 'Fill it in.' },
  'unreadable-value': { severity: 'error', meaning: 'Reading a value failed (a getter threw, or the value contains itself).', fix: 'Pass plain data, such as the result of JSON.parse.' },
  'invalid-id': { severity: 'error', meaning: 'An id contains whitespace, "/", "#", "?" or other characters that are unsafe in URLs and selectors.', fix: 'Use a slug of letters, digits, "-", "_", "." and ":", e.g. "ca-bc-burnaby".' },
  'invalid-url': { severity: 'error', meaning: 'A url is not an absolute http or https URL.', fix: 'Give the full address, starting with https://.' },
  'invalid-color': { severity: 'error', meaning: 'A category colour is not a plausible CSS colour.', fix: 'Use a hex colour such as "#4477AA", or rgb()/hsl()/a colour name.' },
  'duplicate-id': { severity: 'error', meaning: 'Two records in the same collection share an id.', fix: 'Give each record its own id; merge them if they describe the same thing.' },
  'unknown-place': { severity: 'error', meaning: 'A twinning refers to a place id that is not in places.', fix: 'Add the place, or correct the id.' },
  'unknown-twinning': { severity: 'error', meaning: 'An activity refers to a twinning id that is not in twinnings.', fix: 'Add the twinning, or correct the id.' },
  'unknown-activity': { severity: 'error', meaning: 'An annotation refers to an activity id that is not in activities.', fix: 'Add the activity, or correct the id.' },
  'unknown-source': { severity: 'error', meaning: 'A sources list refers to an id that is not in sources.', fix: 'Add the source, or correct the id.' },
  'unknown-category': { severity: 'error', meaning: 'An activity uses a category that is neither a default category nor declared in categories.', fix: 'Use a default category, or declare the new one in categories with a label.' },
  'too-few-places': { severity: 'error', meaning: 'A twinning has fewer than two places.', fix: 'List every party to the agreement (two or more place ids).' },
  'repeated-place': { severity: 'error', meaning: 'A twinning lists the same place more than once.', fix: 'List each party once.' },
  'coordinate-out-of-range': { severity: 'error', meaning: 'Latitude is outside −90…90, longitude outside −180…180, or a coordinate is not a finite number.', fix: 'Use WGS84 decimal degrees; check that lat and lon are not swapped.' },
  'invalid-date': { severity: 'error', meaning: 'A date is not "YYYY", "YYYY-MM" or "YYYY-MM-DD", or names a day that does not exist (2019-02-30).', fix: 'Write the date at the precision the source gives, without padding.' },
  'ended-before-signed': { severity: 'error', meaning: "A twinning's ended date is before its signed date.", fix: 'Check both dates against the sources.' },
  'end-before-start': { severity: 'error', meaning: "An activity's endDate is before its date, or an annotation's until is before its year.", fix: 'Check both dates; swap them if they were entered the wrong way round.' },
  'activity-before-signing': { severity: 'warning', meaning: 'An activity is dated before its twinning was signed and is not marked `prelude`.', fix: 'Check the dates; if the activity led to the agreement (a first visit, a proposal), mark it `"prelude": true` (CSV column `prelude`).' },
  'status-conflicts-with-ended': { severity: 'warning', meaning: 'A twinning has an ended date but its status is not "ended".', fix: 'Set status to "ended", or remove the ended date if the agreement was renewed.' },
  'invalid-participants': { severity: 'error', meaning: 'participants is not a non-negative whole number.', fix: 'Give a count such as 24, or leave the field out when it is not known.' },
  'invalid-country': { severity: 'error', meaning: 'country is not two upper-case letters (ISO 3166-1 alpha-2).', fix: 'Use the code, e.g. "CA", "JP".' },
  'invalid-region': { severity: 'error', meaning: 'A region is not shaped like an ISO 3166-2 code.', fix: 'Use the country code, a hyphen and the subdivision code, e.g. "CA-BC", "JP-01".' },
  'region-country-mismatch': { severity: 'error', meaning: "A place's region does not start with its country code.", fix: 'Correct the country or the region ("CA" goes with "CA-BC").' },
  'no-sources': { severity: 'warning', meaning: 'A twinning or activity cites no source.', fix: 'Add at least one source id, so readers can check the record.' },
  'markup-in-text': { severity: 'warning', meaning: 'Text looks like HTML (a tag or an entity). It is never rendered as HTML: readers will see the characters as written.', fix: 'Write plain text: "&" rather than "&amp;", no tags.' },
  'original-text-missing': { severity: 'error', meaning: "A record's texts lack its `original` language.", fix: 'Add that text, or correct `original`.' },
  'prelude-after-signing': { severity: 'warning', meaning: 'An activity marked `prelude` is not dated before the signing.', fix: 'Remove `prelude`, or check the dates.' },
  'status-disagrees': { severity: 'warning', meaning: 'The status is not what the status rule declared in `rules` gives, and no `statusReason` says why.', fix: 'Correct the status, record the activity behind it, or give a sourced `statusReason`.' },
  'planned-in-past': { severity: 'warning', meaning: 'An activity titled as planned has a date in the past.', fix: 'Confirm it happened and retitle it, or remove it.' },
  'source-untitled': { severity: 'warning', meaning: "A source's title is only its address.", fix: "Give the page's own title." },
  'source-insecure-url': { severity: 'warning', meaning: 'A source address uses http://.', fix: 'Use https:// where the site serves it.' },
  'source-mirror-host': { severity: 'warning', meaning: 'A source is on a host that copies other sites (a staging mirror, a Wikipedia scrape).', fix: "Cite the publisher's own page." },
  'csv-syntax': { severity: 'error', meaning: 'Quoting is not valid CSV: a quote never closed, or text after a closing quote.', fix: 'Quote the whole cell and double any quote inside it.' },
  'duplicate-column': { severity: 'error', meaning: 'The header names a column twice.', fix: 'Keep one of the two columns.' },
  'extra-cells': { severity: 'error', meaning: 'A cell lies beyond the header, or under an empty or repeated header.', fix: 'Name its column in the header, or remove the cell.' },
  'blank-row': { severity: 'warning', meaning: 'A blank row was skipped.', fix: 'Remove the blank row, or fill it in.' },
  'place-conflict': { severity: 'warning', meaning: "Two rows describe one place id differently; the first row's values are kept.", fix: 'Make the rows agree on the name, kind and coordinates.' },
  'not-exportable': { severity: 'warning', meaning: 'Something in the dataset has no place in the spreadsheet form (e.g. text in a language other than en, fr or ja).', fix: 'Keep the JSON as the master copy for such records.' },
  'too-many-parties': { severity: 'error', meaning: 'A twinning has more than six places, so it cannot be written to the sheet.', fix: 'Keep the JSON as the master copy for this dataset.' },
  'unreadable': { severity: 'error', meaning: 'A file is missing or cannot be read.', fix: 'Check the path and the file permissions.' },
  'not-a-file': { severity: 'error', meaning: 'The path is a directory or not a regular file.', fix: 'Give the path of a file.' },
  'too-many-problems': { severity: 'warning', meaning: 'Reporting stopped at the limit; there may be more problems.', fix: 'Fix the problems listed and validate again.' },
};

/** The severity a code always has. */
export function severityOf(code: ProblemCode): Severity {
  return PROBLEM_CODE_INFO[code].severity;
}
