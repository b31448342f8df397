/** Public names of @twinning/provider. Importing this module registers `<twinning-data>`. */
import './twinning-data.ts';
export { TwinningData } from './twinning-data.element.ts';
export { LINKED_KEYS, type LinkedKey, type LinkedState } from './linked-state.ts';
export { readHash, writeHash } from './url-state.ts';
export { providerMessages, type ProviderMessages } from './twinning-data.messages.ts';
