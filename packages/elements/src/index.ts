/**
 * Public names of @twinning/elements: every Twinning element. Importing this module registers
 * all of them (each registration is guarded, so loading it next to a single element is safe).
 * A new element package is added here and to `ELEMENTS` in vite.lib.config.ts.
 */
export * from '@twinning/pairing-map';
export * from '@twinning/timeline';
export * from '@twinning/activity-chart';
export * from '@twinning/provider';
export * from '@twinning/story';
export * from '@twinning/partners';
