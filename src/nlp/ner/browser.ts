// The named-entity model without node APIs: load weights from bytes you fetched, tag Docs or token lists.
export type { NerLabel } from './labels.js';
export { NerModel } from './model.js';
export { loadNerModel } from './format.js';
export { recognizeNames, type NameSpan } from './recognize.js';
