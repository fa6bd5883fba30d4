// The named-entity model's public surface for the pipeline (node): the pure API plus the committed weights file.
//   const model = loadDefaultNerModel();      // throws SidelinesError('unavailable') naming the file
//   const names = recognizeNames(doc, model); // NameSpan[] with char offsets and token indices
//   const { model, warning } = tryLoadNerModel(); // the fallback: model null and a warning instead of a throw
export * from './browser.js';
export { loadDefaultNerModel, loadNerModelFile, tryLoadNerModel, defaultModelPath, defaultNerModelLoadMs, type NerModelOrWarning } from './node.js';
