/**
 * The activity detail panel: title, date at its own precision, categories, description,
 * participants and sources as links. Data text is always rendered as text, never as HTML.
 */
import { dataText, dataTextLang, formatNumber, needsLang, renderDataTextMarker, styleProps } from '@twinning/core';
import { categoryLabelIn, formatPartialDate, parsePartialDate, textIn, type Activity } from '@twinning/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { categoryFill, glyphPath } from '../glyphs.ts';
import type { RenderContext } from './context.ts';

/** The panel for `activity`; `onClose` runs on the close button and on Escape. */
export function renderDetail(activity: Activity, ctx: RenderContext, onClose: () => void): TemplateResult {
  // The detail panel has room to say which text is a translation; a fallback is always marked.
  const title = dataText(activity.title, ctx.locale, activity.original, true);
  const description = dataText(activity.description, ctx.locale, activity.original, true);
  const precision = parsePartialDate(activity.date)?.precision;
  const precisionText = precision === 'year' ? ctx.t.yearPrecision : precision === 'month' ? ctx.t.monthPrecision : ctx.t.dayPrecision;
  const date = formatPartialDate(activity.date, ctx.locale) + (activity.endDate ? `–${formatPartialDate(activity.endDate, ctx.locale)}` : '');
  const sources = activity.sources.map((id) => ctx.dataset?.sources.find((s) => s.id === id) ?? { id, title: id });
  const lang = (t: { text: string; lang: string }) => (needsLang(t, ctx.locale) ? t.lang : nothing);
  return html`<section part="detail" role="dialog" aria-labelledby="detail-title" tabindex="-1" data-activity=${activity.id}
      @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}>
    <button type="button" class="close" @click=${onClose}>${ctx.t.close}</button>
    <h3 id="detail-title" lang=${dataTextLang(title, ctx.locale) ?? nothing}>${title.text}${renderDataTextMarker(title, ctx.locale)}</h3>
    <p class="date">${date} <span class="muted">(${precisionText})</span></p>
    <p class="categories">${ctx.t.categories}: ${activity.categories.map((c, i) => {
      const label = categoryLabelIn(ctx.dataset, c, ctx.locale);
      return html`${i ? ', ' : ''}<span class="key"><svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true"><path d=${glyphPath(c, 60)} style=${styleProps({ fill: categoryFill(c, ctx.dataset) })}></path></svg><span lang=${lang(label)}>${label.text}</span></span>`;
    })}</p>
    ${description.text ? html`<p class="description" lang=${dataTextLang(description, ctx.locale) ?? nothing}>${description.text}${renderDataTextMarker(description, ctx.locale)}</p>` : nothing}
    ${activity.participants ? html`<p>${ctx.t.participants(formatNumber(activity.participants, ctx.locale))}</p>` : nothing}
    ${sources.length
      ? html`<p>${ctx.t.sources}:</p><ul class="sources">${sources.map((s) => {
          const name = textIn(s.title, ctx.locale);
          const url = 'url' in s && typeof s.url === 'string' && /^https?:/i.test(s.url) ? s.url : null;
          return html`<li lang=${lang(name)}>${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${name.text}</a>` : name.text}</li>`;
        })}</ul>`
      : nothing}
  </section>`;
}
