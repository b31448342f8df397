/**
 * The municipality widget: which places and agreements a `place="…"` or `twinning="…"` map frames,
 * and the facts of its caption ("Burnaby ↔ Kushiro · sister cities since 1965"). Wording is the
 * element's job.
 */
import { comparePartialDates, type PartialDate, type TwinningType } from '@twinning/schema';
import type { LayoutPlace } from './types.ts';

/** The fields of a twinning the frame reads: any `Twinning` fits. */
export interface FrameTwinning {
  readonly id: string;
  readonly places: readonly string[];
  readonly type: TwinningType;
  readonly signed?: PartialDate;
}

/** Facts for the caption. */
export interface Caption<P, T> {
  /** The framed place, or the first party of the framed twinning. */
  readonly a: P;
  /** The partners of `a`, each once, in the order their twinnings list them. */
  readonly b: readonly P[];
  /** The agreements' type when they all share one, else `null`. */
  readonly type: TwinningType | null;
  /** The earliest signing date among the agreements, at its own precision; `null` when none is known. */
  readonly signed: PartialDate | null;
  /** The agreements the caption speaks of. */
  readonly twinnings: readonly T[];
}

/** What to frame, and the caption. */
export interface Frame<P, T> {
  readonly places: readonly P[];
  readonly twinnings: readonly T[];
  /** `null` when nothing is framed (no attribute, or an unknown id). */
  readonly caption: Caption<P, T> | null;
  /** Set when the attribute names an id the data lacks: the element warns, naming it. */
  readonly missing?: { readonly attribute: 'place' | 'twinning'; readonly id: string };
}

/**
 * The subset of places and twinnings a widget frames.
 * - `twinning` (wins over `place`): that agreement and its places; `a` is its first place.
 * - `place`: that place, every agreement it is party to, and its partners.
 * - neither: everything, with no caption.
 * Partners missing from `places` are left out of the frame (the validator reports them).
 */
export function frameSubset<P extends LayoutPlace, T extends FrameTwinning>(
  data: { readonly places: readonly P[]; readonly twinnings: readonly T[] },
  focus: { readonly place?: string | null; readonly twinning?: string | null },
): Frame<P, T> {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  if (focus.twinning) {
    const twinning = data.twinnings.find((t) => t.id === focus.twinning);
    const parties = twinning ? twinning.places.map((id) => placeById.get(id)).filter((p): p is P => p !== undefined) : [];
    const [a, ...b] = parties;
    if (!twinning || !a) return missing('twinning', focus.twinning);
    return { places: parties, twinnings: [twinning], caption: caption(a, b, [twinning]) };
  }
  if (focus.place) {
    const a = placeById.get(focus.place);
    if (!a) return missing('place', focus.place);
    const twinnings = data.twinnings.filter((t) => t.places.includes(a.id));
    const partners = new Map<string, P>();
    for (const t of twinnings) {
      for (const id of t.places) {
        const p = placeById.get(id);
        if (p && id !== a.id) partners.set(id, p);
      }
    }
    const b = [...partners.values()];
    return { places: [a, ...b], twinnings, caption: caption(a, b, twinnings) };
  }
  return { places: data.places, twinnings: data.twinnings, caption: null };
}

function caption<P, T extends FrameTwinning>(a: P, b: readonly P[], twinnings: readonly T[]): Caption<P, T> {
  const types = new Set(twinnings.map((t) => t.type));
  const dates = twinnings.map((t) => t.signed).filter((d): d is PartialDate => d !== undefined).sort(comparePartialDates);
  return { a, b, type: types.size === 1 ? [...types][0]! : null, signed: dates[0] ?? null, twinnings };
}

function missing<P, T>(attribute: 'place' | 'twinning', id: string): Frame<P, T> {
  return { places: [], twinnings: [], caption: null, missing: { attribute, id } };
}
