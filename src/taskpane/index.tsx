/**
 * The one place that calls Office.onReady: it gathers what the pane needs from Office (the Excel host,
 * requirement sets, display language), the clock and the browser's storage, and hands them to <App> as
 * services. Nothing else in the task pane reads Office globals.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { translate } from "../core/i18n";
import { createExcelPort } from "../excel";
import { MINIMUM_EXCEL_API } from "../excel/host";
import { dayOfDate } from "../core/periods/localDate";
import { App } from "./components/App";
import { langOfDisplayLanguage } from "../core/i18n/displayLanguage";
import { paneCore } from "./paneCore";
import { storagePreferences } from "./preferences";
import type { PaneServices } from "./services";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

Office.onReady((info) => {
  const displayLanguage = Office.context?.displayLanguage ?? navigator.language;
  const lang = langOfDisplayLanguage(displayLanguage);
  const inExcel = info.host === Office.HostType.Excel && typeof Excel !== "undefined";
  const host = {
    run: inExcel
      ? Excel.run
      : ((() => Promise.reject(new Error("Excel is not available"))) as typeof Excel.run),
    isSetSupported: (name: string, version: string) =>
      inExcel && Office.context.requirements.isSetSupported(name, version),
  };
  const services: PaneServices = {
    port: createExcelPort(host),
    // Office.js stays on this thread (Excel.run works only here); the core's CPU work goes to a worker.
    core: paneCore(),
    today: () => dayOfDate(new Date()),
    preferences: storagePreferences(window.localStorage),
    displayLanguage,
    unavailable: !inExcel
      ? translate(lang, "app.outsideExcel")
      : !host.isSetSupported("ExcelApi", MINIMUM_EXCEL_API)
        ? translate(lang, "error.RequirementSetMissing")
        : null,
  };
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} />
    </FluentProvider>,
  );
});
