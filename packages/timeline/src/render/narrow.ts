/**
 * The narrow (< 480 px) layout: agreements as collapsed rows (names, since, last activity,
 * count) in a box of bounded height, one open at a time as a disclosure. Each row's button is
 * one tab stop among the rows (roving focus): arrows move between agreements, Enter or Space
 * opens one, and its activities (from the list renderer) follow inside.
 */
import { formatNumber, needsLang } from '@twinning/core';
import { html, nothing, type TemplateResult } from 'lit';
import { lastActivityYear, laneNames, type Interval, type NarrowGroup, type NarrowItem } from '../layout/index.ts';
import { formatYearNumber, type RenderContext } from './context.ts';
import { renderItem, type ListHandlers } from './list.ts';

/** What the narrow layout needs from the element beyond the list's handlers. */
export interface NarrowHandlers extends ListHandlers {
  /** The agreement whose row is open, or null. */
  readonly expanded: string | null;
  /** Opens (or, given null, closes) a row. */
  readonly onToggle: (id: string | null) => void;
  /** The tabindex of a row's button (from the roving focus controller). */
  readonly tabIndexOf: (id: string) => 0 | -1;
  /** The roving focus controller's keydown and focus handlers. */
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onFocus: (id: string) => void;
}

/** The DOM id of a row's panel, for `aria-controls`. */
const panelId = (id: string) => `narrow-panel-${id}`;

/** The whole narrow layout. `quietByLane` gives each agreement's quiet periods. */
export function renderNarrow(groups: readonly NarrowGroup[], quietByLane: ReadonlyMap<string, readonly Interval[]>, ctx: RenderContext, on: NarrowHandlers): TemplateResult {
  // Arrow keys belong to the rows; inside an open row they are left to its own buttons.
  const keydown = (event: KeyboardEvent) => {
    if ((event.target as Element).classList?.contains('disclosure')) on.onKeydown(event);
  };
  return html`<div class="list narrow" @keydown=${keydown}>${groups.map((group) => html`<section aria-label=${group.label}>
    ${groups.length > 1 || group.key !== 'all' ? html`<p class="group-label">${group.label}</p>` : nothing}
    <ul>${group.items.map((item) => html`<li>${renderRow(item, quietByLane.get(item.lane.id) ?? [], ctx, on)}</li>`)}</ul>
  </section>`)}</div>`;
}

function renderRow(item: NarrowItem, quiet: readonly Interval[], ctx: RenderContext, on: NarrowHandlers): TemplateResult {
  const id = item.lane.id;
  const open = on.expanded === id;
  const names = laneNames(item.lane.twinning, ctx.placeById, ctx.locale);
  const count = item.activities.length;
  const last = lastActivityYear(item);
  const facts = [
    item.lane.signed ? ctx.t.since(formatYearNumber(item.lane.signed.start.getUTCFullYear(), ctx.locale)) : ctx.t.undatedStart,
    last === null ? null : ctx.t.lastActivity(formatYearNumber(last, ctx.locale)),
    ctx.t.activitiesCount(formatNumber(count, ctx.locale), count),
  ].filter((f): f is string => f !== null);
  return html`<div class=${open ? 'row row--open' : 'row'} data-row=${id}>
    <button type="button" class="disclosure" data-disclosure=${id} aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? panelId(id) : nothing}
      tabindex=${on.tabIndexOf(id)} @focus=${() => on.onFocus(id)} @click=${() => on.onToggle(open ? null : id)}>
      <svg class="chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d=${open ? 'M2 4l4 4 4-4' : 'M4 2l4 4-4 4'}></path></svg>
      <span class="row-text">
        <strong>${names.map((n, i) => html`${i ? ' – ' : ''}<span lang=${needsLang(n, ctx.locale) ? n.lang : nothing}>${n.text}</span>`)}</strong>
        <span class="dates">${facts.join(' · ')}</span>
      </span>
    </button>
    ${open ? html`<div class="panel" id=${panelId(id)}>${renderItem(item, quiet, ctx, on, true, true)}</div>` : nothing}
  </div>`;
}
