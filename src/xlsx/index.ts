/** The .xlsx adapter: ports over files, with exceljs (each with the capabilities it can carry out). */
export { createXlsxPort, openXlsxPort, openXlsxReader, XlsxStreamingReader, XlsxWorkbookPort } from "./port";
export { checkWorkbookFile, writeAtomically } from "./workbookFile";
export { SETTINGS_SHEET } from "../core/settings";
export { openXlsxRollup, XlsxRollupPort } from "./rollupPort";
