/** Public names of @twinning/schema, decided here and nowhere else. */
export * from './vocabularies.ts';
export type * from './types.ts';
export * from './dates.ts';
export * from './text.ts';
export * from './status.ts';
export * from './agreements.ts';
export { MIRROR_HOSTS, mirrorHostOf } from './validate/citations.ts';
export * from './fields.ts';
export {
  validate,
  validateAnnotations,
  MAX_PROBLEMS,
  PROBLEM_CODES,
  PROBLEM_CODE_INFO,
  escapePointerToken,
  type ValidationResult,
  type ValidateOptions,
  type ProblemCode,
  type ProblemCodeInfo,
} from './validate.ts';
export * from './parse.ts';
export { hasDatasetShape, deepFreeze } from './lean-check.ts';
export { isValidated, validatedWarnings } from './validated.ts';
export * from './categories.ts';
export * from './views/index.ts';
export * from './import-csv.ts';
