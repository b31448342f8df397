/** Which editors' notes the map draws as callouts; notes of other kinds are only listed. */
import type { AnnotationTargetKind } from '@twinning/core';

/** Agreements (at their link), places (at their dot) and activities (at their agreement's link). */
export const MAP_NOTE_KINDS: readonly AnnotationTargetKind[] = ['twinning', 'place', 'activity'];
