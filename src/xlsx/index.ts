/** The .xlsx adapter: the WorkbookPort over files, with exceljs. */
export { createXlsxPort, openXlsxPort, openXlsxReader, XlsxStreamingReader, XlsxWorkbookPort } from "./port";
export { checkWorkbookFile, writeAtomically } from "./workbookFile";
export { SETTINGS_SHEET } from "../core/settings";
export { openXlsxRollup, XlsxRollupPort } from "./rollupPort";
