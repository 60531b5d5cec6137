/**
 * The actions every surface dispatches: the task pane's buttons, the ribbon commands and the `salespace`
 * command line all run these over their ports, each action over the capabilities it names.
 */
export * from "./types";
export * from "./port";
export { type LoadedBook, ensureReadable, ensureSetUp, loadBook, settingsOf } from "./book";
export { type SetupInput, setUpWorkbook } from "./setup";
export { type ValidateActionInput, type ValidationResult, checkWorkbook, validateWorkbook } from "./validate";
export {
  type RollupActionInput,
  type RollupModels,
  type RollupResult,
  computeRollups,
  ensureAsOfInPeriod,
  refreshRollups,
  rollupAsOf,
  rollupPeriod,
} from "./rollups";
export {
  type SplitInput,
  type SplitPreview,
  type SplitWriteInput,
  previewSplit,
  targetRows,
  writeSplit,
} from "./targets";
export { type SampleInput, ensureEmptyTemplates, fillSampleData } from "./sample";
