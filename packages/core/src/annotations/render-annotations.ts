/**
 * Templates of editors' notes: the callouts with their leaders, the summary's notes sentence and
 * the notes table. Text from the data is always bound as text, with `lang` where it differs.
 */
import type { Problem, TwinningDataset } from '@twinning/schema';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { dataTextString, renderDataText } from '../data-text.ts';
import type { Locale } from '../locale.ts';
import { styleProps } from '../style-props.ts';
import type { ViewAnnotation } from './annotations-in-view.ts';
import { annotationMessages } from './annotations.messages.ts';
import type { PlacedCallout } from './callout-placement.ts';

/** What the callout layer draws. */
export interface CalloutsInput {
  readonly notes: readonly ViewAnnotation[];
  /** Placed boxes, in `notes` order; empty while measuring (the callouts are hidden then). */
  readonly placed: readonly PlacedCallout[];
  /** Callout width in pixels; 0 draws them as a list in the flow. */
  readonly width: number;
  readonly boundsWidth: number;
  readonly height: number;
  readonly locale: Locale;
  /** Problems with the page's notes, shown as a notice. */
  readonly problems: readonly Problem[];
}

/** The callouts (focusable notes in number order), their leader lines, and the notice of notes not shown. */
export function renderCallouts(input: CalloutsInput): TemplateResult {
  const { notes, placed, width, locale } = input;
  const m = annotationMessages(locale);
  const errors = input.problems.filter((p) => p.severity === 'error');
  const notShown = new Set(errors.map((p) => /^.*?\/\d+/.exec(p.pointer)?.[0] ?? p.message)).size;
  return html`${placed.length ? svg`<svg class="annotation-leaders" aria-hidden="true" width=${input.boundsWidth} height=${input.height}>
      ${placed.map((p) => (p.leader ? svg`<line x1=${p.leader.from.x} y1=${p.leader.from.y} x2=${p.leader.to.x} y2=${p.leader.to.y}></line>
        <circle cx=${p.leader.to.x} cy=${p.leader.to.y} r="3"></circle>` : nothing))}</svg>` : nothing}
    ${notes.map((n, i) => {
      const p = placed[i];
      return html`<div part="annotation" class="annotation" role="note" tabindex="0" data-annotation=${n.id} data-placed=${p || width === 0 ? 'true' : 'false'}
        aria-label=${m.note(n.number, dataTextString(n.text))}
        style=${styleProps({ '--_x': `${p?.box.x ?? 0}px`, '--_y': `${p?.box.y ?? 0}px`, '--_w': width ? `${width}px` : 'auto' })}>
        <span class="annotation-number" aria-hidden="true">${n.number}</span><span class="annotation-text">${renderDataText(n.text, locale)}</span></div>`;
    })}
    ${errors.length ? html`<details part="notice" class="annotation-notice"><summary>${m.notShown(notShown)} — ${m.details}</summary>
      <ul>${errors.map((p) => html`<li>${p.message}</li>`)}</ul></details>` : nothing}`;
}

/** The summary's notes sentence: "2 notes: 1. … 2. …" (a note that ends without a full stop gets "; "). */
export function renderNotesSentence(notes: readonly ViewAnnotation[], locale: Locale): TemplateResult | typeof nothing {
  if (notes.length === 0) return nothing;
  const m = annotationMessages(locale);
  const separator = (i: number) => (i === 0 ? '' : /[.!?。！？]$/.test(notes[i - 1]!.text.text) ? ' ' : '; ');
  return html` <span class="annotation-summary">${m.notes(notes.length)} ${notes.map(
    (n, i) => html`${separator(i)}${n.number}. ${renderDataText(n.text, locale)}`)}</span>`;
}

function tagFor(lang: string, locale: Locale): string | undefined {
  return lang !== 'und' && lang.split('-')[0] !== locale ? lang : undefined;
}

/** The Annotations table: number, note, what it is about, sources (linked where they have an address). */
export function renderNotesTable(notes: readonly ViewAnnotation[], dataset: TwinningDataset | null, locale: Locale): TemplateResult | typeof nothing {
  if (notes.length === 0) return nothing;
  const m = annotationMessages(locale);
  const sources = new Map((dataset?.sources ?? []).map((s) => [s.id, s]));
  return html`<table class="annotations-table"><caption>${m.tableCaption}</caption>
    <thead><tr><th scope="col">${m.number}</th><th scope="col">${m.text}</th><th scope="col">${m.about}</th><th scope="col">${m.sources}</th></tr></thead>
    <tbody>${notes.map((n) => html`<tr data-annotation=${n.id}><td>${n.number}</td><td>${renderDataText(n.text, locale)}</td>
      <td>${m.kinds[n.kind]}: <span lang=${tagFor(n.about.lang, locale) ?? nothing}>${n.about.text}</span></td>
      <td>${n.sources.map((id, i) => {
        const source = sources.get(id);
        const title = source ? (typeof source.title === 'string' ? source.title : (source.title[locale] ?? Object.values(source.title)[0] ?? id)) : id;
        return html`${i > 0 ? ', ' : ''}${source?.url ? html`<a href=${source.url}>${title}</a>` : title}`;
      })}</td></tr>`)}</tbody></table>`;
}
