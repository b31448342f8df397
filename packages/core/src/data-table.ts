/**
 * The data-table alternative: an HTML table of exactly what the chart draws, sortable by any
 * column. Elements describe it as a `TableModel`; this module sorts and renders it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { directive, Directive, type PartInfo, PartType, type ElementPart } from 'lit/directive.js';
import type { Locale } from './locale.ts';
import type { Messages } from './messages.ts';

export { tableStyles } from './data-table.styles.ts';

/** One cell: its text, an optional sort key, language tag and link. */
export interface TableCell {
  readonly text: string;
  readonly sort?: string | number;
  readonly lang?: string;
  readonly href?: string;
}

/** A column of the table. */
export interface TableColumn {
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
}

/** A row, keyed by the record id it shows (`data-twinning`, `data-category`, …). */
export interface TableRow {
  readonly id: string;
  readonly cells: Readonly<Record<string, TableCell | undefined>>;
}

/** The whole table an element shows. */
export interface TableModel {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** The attribute rows carry their id in, e.g. "data-twinning". */
  readonly rowAttribute?: string;
}

/** Which column the table is sorted by. */
export interface TableSort {
  readonly key: string;
  readonly direction: 'ascending' | 'descending';
}

/** Rows sorted by `sort` (stable; missing values last). */
export function sortRows(model: TableModel, sort: TableSort | null, locale: Locale): readonly TableRow[] {
  if (!sort) return model.rows;
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const key = (row: TableRow) => row.cells[sort.key]?.sort ?? row.cells[sort.key]?.text;
  return [...model.rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === undefined || x === '') return y === undefined || y === '' ? 0 : 1;
    if (y === undefined || y === '') return -1;
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y)));
  });
}

/** The table markup; header buttons call `onSort` with the column key. */
export function renderDataTable(
  model: TableModel, sort: TableSort | null, locale: Locale, m: Messages, onSort: (key: string) => void,
): TemplateResult {
  const rows = sortRows(model, sort, locale);
  const attribute = model.rowAttribute ?? 'data-id';
  return html`<table>
    <caption>${model.caption}</caption>
    <thead><tr>${model.columns.map((column) => {
      const direction = sort?.key === column.key ? sort.direction : undefined;
      return html`<th scope="col" aria-sort=${direction ?? 'none'} class=${column.numeric ? 'numeric' : ''}>
        <button type="button" title=${m.sortBy(column.label)} @click=${() => onSort(column.key)}>
          ${column.label}<span aria-hidden="true" class="sort-mark">${direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}</span>
        </button></th>`;
    })}</tr></thead>
    <tbody>${rows.map((row) => html`<tr ${rowId(attribute, row.id)}>${model.columns.map((column) => {
      const cell = row.cells[column.key];
      const content = cell?.href ? html`<a href=${cell.href} target="_blank" rel="noopener noreferrer">${cell.text}</a>` : cell?.text ?? '';
      return html`<td class=${column.numeric ? 'numeric' : ''} lang=${cell?.lang ?? nothing}>${content}</td>`;
    })}</tr>`)}</tbody>
  </table>`;
}

/** Sets a data attribute whose name is chosen at run time (Lit bindings need fixed names). */
class RowIdDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('invalid rowId: element binding only');
  }
  override update(part: ElementPart, [name, id]: [string, string]) {
    part.element.setAttribute(name, id);
    return this.render(name, id);
  }
  render(_name: string, _id: string) {
    return nothing;
  }
}
const rowId = directive(RowIdDirective);
