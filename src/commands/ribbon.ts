/**
 * The ribbon's Validate and Refresh buttons (ExecuteFunction): the same actions the task pane runs,
 * without the pane. The outcome lands in the workbook — Validate writes the Validation sheet and selects
 * it, Refresh rebuilds the rollups and selects the Scorecard — and one sentence (the counts, or the
 * failure the pane would show) appears in a small Office dialog, because Excel has no notification bar
 * for add-in commands (Outlook's `notificationMessages` does not exist in Excel). Every handler calls
 * `event.completed()`, whatever happens.
 */
import { refreshRollups } from "../core/actions/rollups";
import type { Action, ActionContext } from "../core/actions/types";
import type { CoreRunner } from "../core/actions/coreJobs";
import { validateWorkbook } from "../core/actions/validate";
import type { CellSelector, RollupPort } from "../core/actions/port";
import { translate } from "../core/i18n";
import type { Day } from "../core/periods/day";
import type { Lang } from "../core/schema/types";
import { describeError } from "../core/i18n/errorText";
import { isSalesPaceError } from "../core/errors";
import { type RibbonJob, ensureFitsRibbon } from "../core/actions/ribbonBudget";

/** What the ribbon's commands do to a workbook: read it, rebuild owned sheets, select the result. */
export type RibbonPort = RollupPort & CellSelector;

export interface RibbonServices {
  readonly port: RibbonPort;
  today(): Day;
  /** The user's display language (for a workbook without settings, and for messages). */
  readonly lang: Lang;
  /** Shows a sentence to the user and resolves when they have closed it (an Office dialog in Excel). */
  showMessage(text: string): Promise<void>;
  /** Opens the task pane where the host allows it from a ribbon command; false where it does not. */
  openPane?(): Promise<boolean>;
  /** Where the core jobs run; absent = in place (what commands.ts does, and why, is said there). */
  readonly core?: CoreRunner;
}

/** The event Office passes to an ExecuteFunction handler. */
export interface CommandEvent {
  completed(): void;
}

function contextOf(services: RibbonServices): ActionContext<RibbonPort> {
  return { port: services.port, today: services.today(), lang: services.lang, core: services.core };
}

/** Validate + write the Validation sheet, then select it. Returns the summary sentence. */
export async function validateFromRibbon(services: RibbonServices): Promise<string> {
  const result = await runChecked(validateWorkbook, "validate", services, { writeSheet: true });
  await services.port.selectCell(translate(result.lang, "sheet.validation"), "A1");
  return translate(services.lang, "ribbon.validated", {
    errors: result.counts.error,
    warnings: result.counts.warning,
  });
}

/** Refresh the rollups for the month of today, then select the Scorecard. Returns the summary sentence. */
export async function refreshFromRibbon(services: RibbonServices): Promise<string> {
  const result = await runChecked(refreshRollups, "refresh", services, {});
  if (result.sheets.length > 0) await services.port.selectCell(result.sheets[0], "A1");
  return translate(services.lang, "ribbon.refreshed", { period: result.period.text });
}

/**
 * An action run from the ribbon: it checks its own preconditions before any write (defineAction), and
 * the workbook it inspects must be small enough to finish within a function command's time limit
 * (RibbonTimeLimit otherwise), checked on that same inspection.
 */
function runChecked<Input, Result>(
  action: Action<Input, Result, RibbonPort>,
  job: RibbonJob,
  services: RibbonServices,
  input: Input,
): Promise<Result> {
  const inner = services.port;
  const port: RibbonPort = Object.assign(Object.create(inner) as RibbonPort, {
    inspect: async () => {
      const inventory = await inner.inspect();
      ensureFitsRibbon(job, inventory);
      return inventory;
    },
  });
  return action.run({ ...contextOf(services), port }, input);
}

/**
 * Wraps a ribbon command: runs it, shows its outcome or failure, and always completes the event (Office
 * shows a busy indicator until then, and stops the command after a while if it is never called).
 */
export function ribbonCommand(
  work: (services: RibbonServices) => Promise<string>,
  services: () => RibbonServices,
): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    let current: RibbonServices | null = null;
    let sentence: string;
    try {
      current = services();
      sentence = await work(current);
    } catch (error) {
      const lang = current?.lang ?? "en";
      sentence = describeError(error, lang).sentence;
      // Where the pane cannot be opened from here, the sentence already says how to open it.
      const opened =
        isSalesPaceError(error, "RibbonTimeLimit") && (await current?.openPane?.().catch(() => false));
      if (opened) sentence = `${sentence} ${translate(lang, "ribbon.paneOpened")}`;
    }
    try {
      await current?.showMessage(sentence);
    } catch {
      // The dialog could not open (blocked, or another one is open): the outcome is in the workbook.
    } finally {
      event.completed();
    }
  };
}
