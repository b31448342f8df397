/** Limits shared by the readers, in a module of their own so importing one never pulls in the validator. */

/** Default size limit of a dataset file: 20 MB. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;
