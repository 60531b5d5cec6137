/**
 * The pane's state machine for running commands: one operation at a time, with its progress, a cancel
 * that takes effect between steps, and the outcome it ended with. Screens get a Workspace as a prop.
 *
 * Notices belong to the screen whose operation they report (they do not follow you to other tabs), and
 * hold message keys with their arguments, not text, so they are said in the language chosen when shown.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { Action, ActionContext, CancelToken } from "../core/actions/types";
import type { BookInventory, Progress, WorkbookPort } from "../core/actions/port";
import { isSalesPaceError } from "../core/errors";
import { type MessageArgs, type MessageKey, translate } from "../core/i18n";
import type { Lang } from "../core/schema/types";
import type { Screen } from "./components/screens";
import type { PaneServices } from "./services";

export interface RunningOperation {
  readonly labelKey: MessageKey;
  readonly progress: Progress | null;
  readonly cancelling: boolean;
}

export type Notice =
  | { readonly kind: "error"; readonly error: unknown }
  /** `written`: what was written before the cancel took effect (sheets rebuilt, tables filled). */
  | { readonly kind: "cancelled"; readonly written: readonly string[] }
  | { readonly kind: "success"; readonly key: MessageKey; readonly args?: MessageArgs };

/** What a cancelled operation reports having written: the `written` names its Cancelled error carries. */
function writtenBefore(error: unknown): readonly string[] {
  if (!isSalesPaceError(error)) return [];
  const written = (error.args as MessageArgs).written;
  return Array.isArray(written) ? written : [];
}

/**
 * What the workbook's inputs are, for telling whether a result still matches them: the template tables
 * (where, headers, rows) and the settings. Owned sheets are left out: rebuilding them changes no input.
 */
function inputsOf(inventory: BookInventory): string {
  const tables = inventory.tables.map((t) => [t.table, t.sheet, t.headers, t.rowCount]);
  return JSON.stringify([tables, inventory.settings]);
}

export interface Workspace {
  /** Interface language. */
  readonly lang: Lang;
  readonly services: PaneServices;
  /** What the workbook holds, as last inspected; null before the first look. */
  readonly inventory: BookInventory | null;
  readonly running: RunningOperation | null;
  /** The notice of the screen shown. */
  readonly notice: Notice | null;
  /**
   * Goes up whenever the workbook's inputs are seen to have changed (rows added, a header renamed, the
   * settings saved): a result made at an older revision no longer matches its inputs.
   */
  readonly bookRevision: number;
  t(key: MessageKey, args?: MessageArgs): string;
  /** Runs an action with progress and cancel; resolves to undefined when it failed or was cancelled. */
  runAction<Input, Result>(
    action: Action<Input, Result, WorkbookPort>,
    input: Input,
  ): Promise<Result | undefined>;
  /** Runs other work the same way (reading targets for the split tool, selecting a cell). */
  run<Result>(
    labelKey: MessageKey,
    work: (ctx: ActionContext<WorkbookPort>) => Promise<Result>,
  ): Promise<Result | undefined>;
  cancel(): void;
  refreshInventory(): Promise<void>;
  /** Sets the notice of the screen this workspace was handed to. */
  setNotice(notice: Notice | null): void;
  /** The revision now, also inside an operation's continuation (where `bookRevision` is a render old). */
  currentRevision(): number;
}

class Cancellation implements CancelToken {
  cancelled = false;
}

export function useWorkspace(services: PaneServices, lang: Lang, screen: Screen): Workspace {
  const [inventory, setInventoryState] = useState<BookInventory | null>(null);
  const [running, setRunning] = useState<RunningOperation | null>(null);
  const [notices, setNotices] = useState<Partial<Record<Screen, Notice>>>({});
  const [bookRevision, setBookRevision] = useState(0);
  const cancellation = useRef<Cancellation | null>(null);
  const inputs = useRef<string | null>(null);
  const revision = useRef(0);

  const t = useCallback((key: MessageKey, args?: MessageArgs) => translate(lang, key, args), [lang]);

  // Bound to the screen this render is for: an operation's outcome goes to the screen that started it,
  // even when the user has moved to another tab meanwhile.
  const setNotice = useCallback(
    (notice: Notice | null) => setNotices((current) => ({ ...current, [screen]: notice ?? undefined })),
    [screen],
  );

  const setInventory = useCallback((next: BookInventory) => {
    const seen = inputsOf(next);
    if (inputs.current !== null && inputs.current !== seen) {
      revision.current += 1;
      setBookRevision(revision.current);
    }
    inputs.current = seen;
    setInventoryState(next);
  }, []);

  const run = useCallback(
    async <Result>(labelKey: MessageKey, work: (ctx: ActionContext<WorkbookPort>) => Promise<Result>) => {
      if (cancellation.current !== null) return undefined;
      const token = new Cancellation();
      cancellation.current = token;
      setNotice(null);
      setRunning({ labelKey, progress: null, cancelling: false });
      const ctx: ActionContext<WorkbookPort> = {
        port: services.port,
        today: services.today(),
        lang,
        cancel: token,
        core: services.core,
        onProgress: (progress) => setRunning((current) => (current ? { ...current, progress } : current)),
      };
      try {
        return await work(ctx);
      } catch (error) {
        setNotice(
          isSalesPaceError(error, "Cancelled")
            ? { kind: "cancelled", written: writtenBefore(error) }
            : { kind: "error", error },
        );
        return undefined;
      } finally {
        cancellation.current = null;
        setRunning(null);
        try {
          setInventory(await services.port.inspect());
        } catch (error) {
          setNotice({ kind: "error", error });
        }
      }
    },
    [services, lang, setNotice, setInventory],
  );

  const runAction = useCallback(
    <Input, Result>(action: Action<Input, Result, WorkbookPort>, input: Input) =>
      run(action.labelKey, (ctx) => action.run(ctx, input)),
    [run],
  );

  const cancel = useCallback(() => {
    if (cancellation.current === null) return;
    cancellation.current.cancelled = true;
    setRunning((current) => (current ? { ...current, cancelling: true } : current));
  }, []);

  const refreshInventory = useCallback(async () => {
    try {
      setInventory(await services.port.inspect());
    } catch (error) {
      setNotice({ kind: "error", error });
    }
  }, [services, setNotice, setInventory]);

  const currentRevision = useCallback(() => revision.current, []);
  const notice = notices[screen] ?? null;

  return useMemo(
    () => ({
      lang,
      services,
      inventory,
      running,
      notice,
      bookRevision,
      t,
      runAction,
      run,
      cancel,
      refreshInventory,
      setNotice,
      currentRevision,
    }),
    [
      lang,
      services,
      inventory,
      running,
      notice,
      bookRevision,
      t,
      runAction,
      run,
      cancel,
      refreshInventory,
      setNotice,
      currentRevision,
    ],
  );
}
