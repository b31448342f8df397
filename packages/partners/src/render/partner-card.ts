/**
 * The template of one partner card: heading with both names, where, type and status, since when,
 * the coming round anniversary, the latest activities, the sources, the contact and the locator.
 * Data text is always rendered as text (never HTML) and carries `lang` where it differs from
 * the UI language.
 */
import { categoryColorVar, needsLang, styleProps, type Locale, type PartnerCard } from '@twinning/core';
import { dateStart, parsePartialDate, type ResolvedText, type TwinningDataset } from '@twinning/schema';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LocatorScene } from '../locator.ts';
import type { PartnersMessages } from '../twinning-partners.messages.ts';

/** What the card template needs besides the card. */
export interface CardContext {
  readonly locale: Locale;
  readonly m: PartnersMessages;
  readonly dataset: TwinningDataset;
  /** The home place's name, for the locator's accessible name. */
  readonly homeName: string;
  /** Whether this card holds the list's tab stop (its links are then reachable with Tab). */
  readonly current: boolean;
  readonly selected: boolean;
  /** The locator, null when it can't be drawn; undefined when locators are off. */
  readonly locator: LocatorScene | null | undefined;
  /** A unique prefix for ids inside the card. */
  readonly idPrefix: string;
  /** The day the card is read on (`now`): activities after it are marked as planned. */
  readonly now: Date;
  /** Whether activities are listed at all (`activities="0"` turns the section off). */
  readonly listActivities: boolean;
}

/** `lang` for data text inside UI of `locale`, or nothing. */
const langOf = (text: ResolvedText, locale: Locale) => (needsLang(text, locale) ? text.lang : nothing);

const dataText = (text: ResolvedText, locale: Locale) => html`<span lang=${langOf(text, locale)}>${text.text}</span>`;

/** One card, as a list item. */
export function renderPartnerCard(card: PartnerCard, ctx: CardContext): TemplateResult {
  const { m, locale } = ctx;
  const headingId = `${ctx.idPrefix}-name`;
  const linkTab = ctx.current ? 0 : -1;
  const partner = card.partner;
  const where = partner.region.source === 'country' || partner.region.text === partner.country.text
    ? [partner.country]
    : [partner.region, partner.country];
  return html`<li class="item">
    <article part=${ctx.selected ? 'card card--selected' : 'card'} class="card" tabindex=${ctx.current ? 0 : -1}
      data-key=${card.key} data-twinning=${card.twinning} data-place=${partner.id}
      aria-labelledby=${headingId} aria-current=${ctx.selected ? 'true' : nothing}>
      <div class="head">
        <h3 part="name" id=${headingId}>${dataText(partner.name, locale)}${partner.ownName
          ? html` <span part="own-name" lang=${partner.ownName.lang}>${partner.ownName.text}</span>` : nothing}</h3>
        <p class="where">${where.map((area, i) => html`${i ? ' · ' : ''}${dataText(area, locale)}`)}</p>
        <p part="facts"><span class="type">${card.typeText}</span><span class="visually-hidden">, </span><span class="status status--${card.status}"
          ><svg class="status-mark" viewBox="0 0 10 10" aria-hidden="true">${statusMark(card.status)}</svg>${card.statusText}</span>
          ${ctx.selected ? html`<span class="selected-mark">✓ ${m.selected}</span>` : nothing}</p>
        <p part="since">${card.since.text}${card.signed && card.signedText
          ? html`<br><time class="signed" datetime=${card.signed}>${m.signedOn(card.signedText)}</time>` : nothing}</p>
      </div>
      ${ctx.locator === undefined ? nothing : renderLocator(ctx.locator, ctx.m.locator(ctx.homeName, partner.name.text), m.noLocator)}
      ${card.anniversary ? html`<p part="anniversary"><span aria-hidden="true">★ </span>${card.anniversary.text}</p>` : nothing}
      ${ctx.listActivities ? renderActivities(card, ctx) : nothing}
      ${card.sources.length ? html`<p part="sources"><span class="label">${m.sources}</span> ${card.sources.map((s, i) => html`${i ? ' · ' : ''}${
        s.missing ? html`<span class="missing">${s.id} (${m.missingSource})</span>`
        : s.url ? html`<a href=${s.url} tabindex=${linkTab} lang=${langOf(s.title, locale)}>${s.title.text}</a>`
        : dataText(s.title, locale)}${s.publisher ? html` <span class="publisher">(${s.publisher})</span>` : nothing}`)}</p>` : nothing}
      ${renderContact(card, ctx, linkTab)}
    </article>
  </li>`;
}

function renderActivities(card: PartnerCard, ctx: CardContext): TemplateResult {
  const { m, locale } = ctx;
  if (card.activityTotal === 0) return html`<p class="no-activities">${m.noActivities}</p>`;
  return html`<div class="activities-block">
    <h4>${m.latest}</h4>
    <ul part="activities">${card.activities.map((a) => html`<li part="activity" data-activity=${a.id}>
      <time datetime=${a.date}>${a.dateText}</time>${isAfter(a.date, ctx.now) ? html` <span class="planned">(${m.planned})</span>` : nothing} ${dataText(a.title, locale)}
      ${a.categories.length ? html`<span class="categories">${a.categories.map((c) => html`<span class="category" data-category=${c.id}
        style=${styleProps({ '--_category': categoryColorVar(c.id, ctx.dataset) })}><span class="swatch" aria-hidden="true"></span>${dataText(c.label, locale)}</span>`)}</span>` : nothing}
    </li>`)}</ul>
    ${card.activityTotal > card.activities.length
      ? html`<p class="more">${m.shownOf(new Intl.NumberFormat(locale).format(card.activities.length), new Intl.NumberFormat(locale).format(card.activityTotal))}</p>` : nothing}
  </div>`;
}

function renderContact(card: PartnerCard, ctx: CardContext, linkTab: number): TemplateResult | typeof nothing {
  const { m, locale } = ctx;
  const contact = card.contact;
  const website = card.partner.url;
  if (!contact && !website) return nothing;
  return html`<p part="contact">${contact?.url ? html`<a href=${contact.url} tabindex=${linkTab} lang=${langOf(contact.label, locale)}>${contact.label.text}</a>` : nothing}
    ${contact?.email ? html`<a href=${`mailto:${contact.email}`} tabindex=${linkTab}>${contact.url ? m.email(contact.email) : html`${dataText(contact.label, locale)} (${contact.email})`}</a>` : nothing}
    ${website ? html`<a href=${website} tabindex=${linkTab}>${m.partnerWebsite}</a>` : nothing}</p>`;
}

/** Whether a date (at its precision) starts after `now`. */
function isAfter(date: string, now: Date): boolean {
  const parsed = parsePartialDate(date);
  return !!parsed && dateStart(parsed).getTime() > now.getTime();
}

/** Status marks differ in shape, not only colour: filled (active), half (dormant), crossed (ended), hollow (unknown). */
function statusMark(status: string): TemplateResult {
  switch (status) {
    case 'active': return svg`<circle cx="5" cy="5" r="4"></circle>`;
    case 'dormant': return svg`<circle cx="5" cy="5" r="3.5" class="hollow"></circle><path d="M5 1.5a3.5 3.5 0 0 1 0 7z"></path>`;
    case 'ended': return svg`<path class="cross" d="M2 2l6 6M8 2l-6 6"></path>`;
    default: return svg`<circle cx="5" cy="5" r="3.5" class="hollow"></circle>`;
  }
}

function renderLocator(scene: LocatorScene | null, label: string, missing: string): TemplateResult {
  if (!scene) return html`<p part="locator" class="locator locator--missing">${missing}</p>`;
  return html`<svg part="locator" class="locator" role="img" aria-label=${label} viewBox="0 0 ${scene.width} ${scene.height}"
    preserveAspectRatio="xMidYMid meet">
    <path class="water" d=${scene.sphere}></path>
    ${scene.land.map((d) => svg`<path class="land" d=${d}></path>`)}
    ${scene.link ? svg`<path class="link" d=${scene.link}></path>` : nothing}
    ${scene.partner ? svg`<circle class="dot" cx=${scene.partner.x} cy=${scene.partner.y} r=${scene.partner.r}></circle>` : nothing}
    ${scene.home ? svg`<circle class="dot dot--home" cx=${scene.home.x} cy=${scene.home.y} r=${scene.home.r}></circle>` : nothing}
  </svg>`;
}
