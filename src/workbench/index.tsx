/**
 * The workbench (development only): the real task pane over the in-memory Excel double, with the
 * simulated sheets beside it. Query: `?today=2026-11-27` fixes the clock, `?lang=zh|en` the display
 * language, `?pane=320` the pane width, `?slow=400` delays every workbook call (to watch progress and Cancel), `?core=main` runs
 * the core jobs on the page's thread instead of the pane's worker (to compare; `salespaceCore.mode` switches). Browser tests drive it through `window.salespaceWorkbench`.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { dayFromIso } from "../core/periods";
import { dayOfDate } from "../core/periods/localDate";
import { memoryPreferences } from "../taskpane/preferences";
import { type WorkbenchCore, workbenchCore } from "./workbenchCore";
import type { PaneServices } from "../taskpane/services";
import { type Simulator, createSimulator } from "./simulator";
import { Workbench } from "./Workbench";

declare global {
  interface Window {
    salespaceWorkbench?: Simulator;
    /** Where the pane's core jobs run, switchable, and how many the worker computed. */
    salespaceCore?: WorkbenchCore;
  }
}

const query = new URLSearchParams(window.location.search);
const fixedToday = dayFromIso(query.get("today") ?? "");
const paneWidth = Number(query.get("pane") ?? "380") || 380;
const simulator = createSimulator({ delayMs: Number(query.get("slow") ?? "0") || 0 });
window.salespaceWorkbench = simulator;
const core = workbenchCore(query.get("core") === "main" ? "main" : "worker");
window.salespaceCore = core;

const services: PaneServices = {
  port: simulator.port,
  today: () => fixedToday ?? dayOfDate(new Date()),
  preferences: memoryPreferences(),
  displayLanguage: query.get("lang") ?? navigator.language,
  core,
};

const container = document.getElementById("container");
if (!container) throw new Error("workbench.html has no #container element");
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Workbench simulator={simulator} services={services} paneWidth={paneWidth} />
  </FluentProvider>,
);
