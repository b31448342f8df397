/** The lanes area of the wide layout: group headings, lifelines, quiet periods and activity marks. */
import { formatPartialDate, type Activity } from '@twinning/schema';
import { needsLang, messagesFor, styleProps } from '@twinning/core';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { hatchPath, laneNames, laneLabelText, type LaneModel, type ActivityMark } from '../layout/index.ts';
import { categoryFill, glyphPath } from '../glyphs.ts';
import { categoryLabel, textIn } from '@twinning/schema';
import { intervalYears, type RenderContext } from './context.ts';


/** The name parts of a lane as tspans, each tagged with its language where it differs from the UI. */
export function laneNameSpans(lane: LaneModel, ctx: RenderContext): SVGTemplateResult {
  const names = laneNames(lane.lane.twinning, ctx.placeById, ctx.locale);
  // A long name is clipped to the label column (a nested SVG viewport: a clip-path url() would be
  // kept alive by Chromium's style cache, and the element with it), never cut with "…" and
  // never doubled in a <title>: the visible text must stay part of the lane's accessible name.
  return svg`${names.map((n, i) => svg`${i ? ' – ' : ''}<tspan lang=${needsLang(n, ctx.locale) ? n.lang : nothing}>${n.text}</tspan>`)}`;
}

/** The accessible name of a lane: places, dates, status and activity count. */
export function laneAriaLabel(lane: LaneModel, ctx: RenderContext): string {
  const t = lane.lane.twinning;
  const dates = [
    t.signed ? ctx.t.signed(formatPartialDate(t.signed, ctx.locale)) : ctx.t.undatedStart,
    t.ended ? ctx.t.ended(formatPartialDate(t.ended, ctx.locale)) : ctx.t.toToday,
  ].join(', ');
  const status = messagesFor(ctx.locale).status[t.status] ?? t.status;
  return ctx.t.laneLabel(laneLabelText(laneNames(t, ctx.placeById, ctx.locale)), dates, status, lane.marks.length);
}

/** The accessible name of an activity mark. */
export function activityAriaLabel(activity: Activity, ctx: RenderContext): string {
  const title = categoryTitle(activity, ctx);
  return ctx.t.activityLabel(title.title, formatPartialDate(activity.date, ctx.locale), title.categories);
}

function categoryTitle(activity: Activity, ctx: RenderContext): { title: string; categories: string } {
  const title = textIn(activity.title, ctx.locale).text || activity.id;
  return { title, categories: activity.categories.map((c) => categoryLabel(ctx.dataset, c, ctx.locale)).join(', ') };
}

/** One lane: its row background (the hit area), label, lifeline and quiet periods. */
export function renderLane(lane: LaneModel, ctx: RenderContext): SVGTemplateResult {
  const id = lane.lane.id;
  const selected = ctx.selected === id;
  const focused = ctx.focus.lane === lane.index && ctx.focus.mark === null;
  const mid = lane.y + Math.min(lane.height, 30) / 2;
  const part = selected ? 'lane lane--selected' : 'lane';
  return svg`<g part=${part} data-twinning=${id} role="button" aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${laneAriaLabel(lane, ctx)} tabindex=${focused ? 0 : -1}
      @click=${() => ctx.onLaneClick(lane.index)}>
    <rect class="hit" x="0" y=${lane.y + 1} width=${ctx.width} height=${lane.height - 2} rx="3"></rect>
    <svg class="label-viewport" x="0" y=${lane.y} width=${Math.max(0, ctx.labelWidth - 8)} height=${lane.height}
      viewBox="0 ${lane.y} ${Math.max(1, ctx.labelWidth - 8)} ${Math.max(1, lane.height)}"><text x="6" y=${mid} dy="0.35em" class="small">${laneNameSpans(lane, ctx)}</text></svg>
    ${lane.undatedStart
      ? svg`<line class="lifeline undated" x1=${lane.x0 - 40} x2=${lane.x0} y1=${mid} y2=${mid}></line>
            <line class="lifeline" x1=${lane.x0} x2=${lane.x1} y1=${mid} y2=${mid}></line>`
      : svg`<line class="lifeline" x1=${lane.x0} x2=${lane.x1} y1=${mid} y2=${mid}></line>
            <rect class="lifeline-end" x=${lane.x0 - 1} y=${mid - 5} width="2" height="10"></rect>`}
    ${lane.openEnd ? nothing : svg`<rect class="lifeline-end" x=${lane.x1 - 1} y=${mid - 5} width="2" height="10"></rect>`}
  </g>`;
}

/** The quiet periods of a lane, drawn above the lane's hit area and ignoring the pointer. */
export function renderQuietPeriods(lane: LaneModel, ctx: RenderContext): SVGTemplateResult {
  // Only the longest quiet period of a lane carries the words; the hatching and the legend say the rest.
  const span = (q: readonly [Date, Date]) => q[1].getTime() - q[0].getTime();
  const longest = lane.quiet.reduce<(readonly [Date, Date]) | null>((best, q) => (!best || span(q) > span(best) ? q : best), null);
  return svg`<g class="quiet-layer" data-twinning=${lane.lane.id} aria-hidden="true">${lane.quiet.map((q) => renderQuiet(q, lane, ctx, q === longest))}</g>`;
}

function renderQuiet(q: readonly [Date, Date], lane: LaneModel, ctx: RenderContext, labelled: boolean): SVGTemplateResult {
  const x0 = ctx.model.scale(q[0]);
  const x1 = ctx.model.scale(q[1]);
  const [from, to] = intervalYears(q, ctx.locale);
  const label = ctx.t.quietLabel(from, to);
  const fits = labelled && x1 - x0 > ctx.t.noRecordedActivity.length * (ctx.locale === 'ja' ? 10.5 : 5.6) + 8;
  return svg`<g class="quiet" data-from=${from} data-to=${to}>
    <rect x=${x0} y=${lane.y + 3} width=${Math.max(0, x1 - x0)} height=${Math.min(lane.height, 30) - 6}><title>${label}</title></rect>
    <path class="hatch-line" d=${hatchPath(x0, lane.y + 3, Math.max(0, x1 - x0), Math.min(lane.height, 30) - 6)}></path>
    ${fits ? svg`<text x=${x0 + 4} y=${lane.y + 11}>${ctx.t.noRecordedActivity}</text>` : nothing}
  </g>`;
}

/** The marks of one lane, stacked in rows inside the lane. */
export function renderMarks(lane: LaneModel, ctx: RenderContext): SVGTemplateResult {
  const band = Math.min(lane.height, lane.expanded ? lane.height : 30) - 8;
  const step = lane.markRows > 1 ? Math.min(lane.expanded ? 16 : 7, band / (lane.markRows - 1)) : 0;
  const centre = lane.y + (lane.expanded ? 15 + ((lane.markRows - 1) * step) / 2 : Math.min(lane.height, 30) / 2);
  return svg`${lane.marks.map((mark, i) => renderMark(mark, i, lane, centre + (mark.row - (lane.markRows - 1) / 2) * step, ctx))}`;
}

function renderMark(mark: ActivityMark, index: number, lane: LaneModel, y: number, ctx: RenderContext): SVGTemplateResult {
  const a = mark.activity;
  const category = a.categories[0] ?? 'other';
  const fill = categoryFill(category, ctx.dataset);
  const focused = ctx.focus.lane === lane.index && ctx.focus.mark === index;
  const active = ctx.activeActivity === a.id;
  const gx = mark.kind === 'span' ? mark.x + mark.width / 2 : mark.x;
  return svg`<g part=${active ? 'activity activity--active' : 'activity'} data-activity=${a.id} data-twinning=${lane.lane.id}
      data-category=${category} data-precision=${mark.extent.precision} data-kind=${mark.kind}
      role="button" aria-haspopup="dialog" aria-label=${activityAriaLabel(a, ctx)} tabindex=${focused ? 0 : -1}
      @click=${(e: Event) => { e.stopPropagation(); ctx.onActivityClick(lane.index, index, a); }}
      @pointerenter=${(e: Event) => ctx.onActivityHover(a, e.currentTarget as Element)}
      @pointerleave=${() => ctx.onActivityHover(null, null)}
      @focus=${(e: Event) => ctx.onActivityHover(a, e.currentTarget as Element)}
      @blur=${() => ctx.onActivityHover(null, null)}>
    ${mark.kind === 'span'
      ? svg`<rect class="span" x=${mark.x} y=${y - 5} width=${mark.width} height="10" rx="2" style=${styleProps({ fill, stroke: fill })}></rect>`
      : nothing}
    <path class="glyph" d=${glyphPath(category, mark.kind === 'span' ? 50 : 80)} transform="translate(${gx},${y})" style=${styleProps({ fill })}></path>
    <rect class="focus" x=${(mark.kind === 'span' ? mark.x : gx - 6) - 2} y=${y - 8} width=${(mark.kind === 'span' ? mark.width : 12) + 4} height="16" rx="3"></rect>
  </g>`;
}
