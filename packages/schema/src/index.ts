/** Public names of @twinning/schema, decided here and nowhere else. */
export * from './vocabularies.ts';
export type * from './types.ts';
export * from './dates.ts';
export * from './text.ts';
