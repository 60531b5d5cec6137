/**
 * What the pane needs from the outside world, handed to <App> as props: the workbook (a WorkbookPort,
 * every capability, over Office.js, or over the in-memory double in the workbench), the clock, per-user preferences and
 * Office's display language. Components never read Office globals.
 */
import type { CoreRunner } from "../core/actions/coreJobs";
import type { WorkbookPort } from "../core/actions/port";
import type { Day } from "../core/periods/day";
import type { PreferencesStore } from "./preferences";

export interface PaneServices {
  readonly port: WorkbookPort;
  /** Today as an Excel serial day. */
  today(): Day;
  readonly preferences: PreferencesStore;
  /** Office's display language tag, e.g. `zh-CN`. */
  readonly displayLanguage: string;
  /** Where the CPU-heavy core jobs run (a Web Worker, see paneCore.ts); absent = in place. */
  readonly core?: CoreRunner;
  /** Why the pane cannot work here (outside Excel, an old Excel), or null. Shown instead of the screens. */
  readonly unavailable?: string | null;
}
