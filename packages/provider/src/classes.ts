/**
 * The public names of @twinning/provider without registering `<twinning-data>`: for apps that
 * define the tag themselves or only need the types and helpers.
 * Keep in step with index.ts (test/consumer checks both export the same names).
 */
export { TwinningData } from './twinning-data.element.ts';
export { LINKED_KEYS, type LinkedKey, type LinkedState } from './linked-state.ts';
export { readHash, writeHash } from './url-state.ts';
export { providerMessages, type ProviderMessages } from './twinning-data.messages.ts';
