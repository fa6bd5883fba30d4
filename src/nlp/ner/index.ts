// The named-entity model's public surface for the pipeline (node): the pure API plus the committed weights file.
//   const model = loadDefaultNerModel();      // throws SidelinesError('unavailable') naming the file
//   const names = recognizeNames(doc, model); // NameSpan[] with char offsets and token indices
export * from './browser.js';
export { loadDefaultNerModel, loadNerModelFile, defaultModelPath, defaultNerModelLoadMs } from './node.js';
