/**
 * One agreement as a list: its dates, then its activities in chronological order with quiet
 * periods between them. The narrow layout shows it inside an open row (render/narrow.ts); a
 * single agreement's story view shows it under its lane. Native buttons make every item
 * reachable by touch, pointer and keyboard.
 */
import { dataText, dataTextLang, needsLang, renderDataTextMarker, styleProps } from '@twinning/core';
import { categoryLabel } from '@twinning/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { laneNames, type NarrowItem, type NarrowActivity, type Interval } from '../layout/index.ts';
import { categoryFill, glyphPath } from '../glyphs.ts';
import { intervalYears, type RenderContext } from './context.ts';

/** Handlers of the list. */
export interface ListHandlers {
  readonly onSelect: (id: string) => void;
  readonly onOpen: (activity: NarrowActivity['activity'], button: HTMLElement) => void;
  /** The detail panel to show under an agreement, when one of its activities is open. */
  readonly detail?: (twinning: string) => TemplateResult | typeof nothing;
}

/**
 * One agreement with its activities; `marks` false gives the story list without mark parts.
 * `inRow` (inside an open row of the narrow list, whose button already names the agreement) turns
 * the select button into a plain "Select this agreement" toggle above the dates.
 */
export function renderItem(item: NarrowItem, quiet: readonly Interval[], ctx: RenderContext, on: ListHandlers, marks: boolean, inRow = false): TemplateResult {
  const id = item.lane.id;
  const selected = ctx.selected === id;
  const names = laneNames(item.lane.twinning, ctx.placeById, ctx.locale);
  const dates = [item.signedLabel ? ctx.t.signed(item.signedLabel) : ctx.t.undatedStart, item.endedLabel ? ctx.t.ended(item.endedLabel) : ctx.t.toToday].join(' · ');
  const entries = mergeQuiet(item.activities, quiet);
  return html`<div part=${marks ? (selected ? 'lane lane--selected' : 'lane') : nothing} class=${marks ? nothing : 'story'} data-twinning=${marks ? id : nothing}>
    ${marks && inRow
      ? html`<button type="button" class="select-button" aria-pressed=${selected ? 'true' : 'false'} @click=${() => on.onSelect(id)}>${ctx.t.selectAgreement}</button>
        <p class="dates">${dates}</p>`
      : marks
      ? html`<button type="button" class="lane-button" aria-pressed=${selected ? 'true' : 'false'} @click=${() => on.onSelect(id)}>
          <strong>${names.map((n, i) => html`${i ? ' – ' : ''}<span lang=${needsLang(n, ctx.locale) ? n.lang : nothing}>${n.text}</span>`)}</strong>
          <span class="dates">${dates}</span></button>`
      : html`<p class="dates">${dates}</p>`}
    <ol aria-label=${ctx.t.activitiesOf(names.map((n) => n.text).join(' – '))}>
      ${entries.length === 0 ? html`<li class="muted">${ctx.t.noActivities}</li>` : nothing}
      ${entries.map((entry) => 'quiet' in entry
        ? html`<li class="quiet-item">${ctx.t.quietLabel(...intervalYears(entry.quiet, ctx.locale))}</li>`
        : renderEntry(entry, id, ctx, on, marks))}
    </ol>
    ${marks && on.detail ? on.detail(id) : nothing}
  </div>`;
}

function renderEntry(entry: NarrowActivity, twinning: string, ctx: RenderContext, on: ListHandlers, marks: boolean): TemplateResult {
  const a = entry.activity;
  const category = a.categories[0] ?? 'other';
  const title = dataText(a.title, ctx.locale, a.original);
  return html`<li part=${marks ? 'activity' : nothing} data-activity=${marks ? a.id : nothing} data-twinning=${marks ? twinning : nothing} data-category=${category}>
    <button type="button" aria-haspopup="dialog" @click=${(e: Event) => on.onOpen(a, e.currentTarget as HTMLElement)}>
      <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d=${glyphPath(category, 70)} style=${styleProps({ fill: categoryFill(category, ctx.dataset) })}></path></svg>
      <span class=${entry.span ? 'date span' : 'date'}>${entry.dateLabel}</span>
      <span lang=${dataTextLang(title, ctx.locale) ?? nothing}>${title.text}${renderDataTextMarker(title, ctx.locale)}</span>
      <span class="visually-hidden">(${a.categories.map((c) => categoryLabel(ctx.dataset, c, ctx.locale)).join(', ')})</span>
    </button>
  </li>`;
}

/** Activities and quiet periods in one chronological list (undated activities stay last). */
function mergeQuiet(activities: readonly NarrowActivity[], quiet: readonly Interval[]): (NarrowActivity | { quiet: Interval })[] {
  const out: (NarrowActivity | { quiet: Interval })[] = [];
  let q = 0;
  for (const entry of activities) {
    const start = entry.start;
    while (q < quiet.length && quiet[q]![0].getTime() <= start) out.push({ quiet: quiet[q++]! });
    out.push(entry);
  }
  while (q < quiet.length) out.push({ quiet: quiet[q++]! });
  return out;
}

