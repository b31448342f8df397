/** Which editors' notes the chart draws as callouts; notes of other kinds are only listed. */
import type { AnnotationTargetKind } from '@twinning/core';

/** Categories (at their bar) and years (at their decade's bars in `by-decade` mode). */
export const CHART_NOTE_KINDS: readonly AnnotationTargetKind[] = ['category', 'years'];
