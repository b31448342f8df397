/** The schema's vocabularies the synthetic data draws from (kept in step with packages/schema/src/vocabularies.ts). */
export const TYPES = ['sister-city', 'friendship-city', 'sister-province', 'partner', 'other'];
export const DEFAULT_CATEGORIES = ['education', 'culture', 'youth', 'sport', 'administration', 'business', 'indigenous', 'disaster-relief', 'tourism', 'commemoration', 'other'];
