/**
 * The pane's state machine for running commands: one operation at a time, with its progress, a cancel
 * that takes effect between steps, and the error it ended with. Screens get a Workspace as a prop.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { Action, ActionContext, CancelToken } from "../core/actions/types";
import type { BookInventory, Progress } from "../core/actions/port";
import { isSalesPaceError } from "../core/errors";
import { type MessageKey, translate } from "../core/i18n";
import type { Lang } from "../core/schema/types";
import type { PaneServices } from "./services";

export interface RunningOperation {
  readonly labelKey: MessageKey;
  readonly progress: Progress | null;
  readonly cancelling: boolean;
}

export type Notice =
  | { readonly kind: "error"; readonly error: unknown }
  | { readonly kind: "cancelled" }
  | { readonly kind: "success"; readonly text: string };

export interface Workspace {
  /** Interface language. */
  readonly lang: Lang;
  readonly services: PaneServices;
  /** What the workbook holds, as last inspected; null before the first look. */
  readonly inventory: BookInventory | null;
  readonly running: RunningOperation | null;
  readonly notice: Notice | null;
  t(key: MessageKey, args?: Readonly<Record<string, string | number>>): string;
  /** Runs an action with progress and cancel; resolves to undefined when it failed or was cancelled. */
  runAction<Input, Result>(action: Action<Input, Result>, input: Input): Promise<Result | undefined>;
  /** Runs other work the same way (reading targets for the split tool, selecting a cell). */
  run<Result>(
    labelKey: MessageKey,
    work: (ctx: ActionContext) => Promise<Result>,
  ): Promise<Result | undefined>;
  cancel(): void;
  refreshInventory(): Promise<void>;
  setNotice(notice: Notice | null): void;
}

class Cancellation implements CancelToken {
  cancelled = false;
}

export function useWorkspace(services: PaneServices, lang: Lang): Workspace {
  const [inventory, setInventory] = useState<BookInventory | null>(null);
  const [running, setRunning] = useState<RunningOperation | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const cancellation = useRef<Cancellation | null>(null);

  const t = useCallback(
    (key: MessageKey, args?: Readonly<Record<string, string | number>>) => translate(lang, key, args),
    [lang],
  );

  const run = useCallback(
    async <Result>(labelKey: MessageKey, work: (ctx: ActionContext) => Promise<Result>) => {
      if (cancellation.current !== null) return undefined;
      const token = new Cancellation();
      cancellation.current = token;
      setNotice(null);
      setRunning({ labelKey, progress: null, cancelling: false });
      const ctx: ActionContext = {
        port: services.port,
        today: services.today(),
        lang,
        cancel: token,
        onProgress: (progress) => setRunning((current) => (current ? { ...current, progress } : current)),
      };
      try {
        return await work(ctx);
      } catch (error) {
        setNotice(isSalesPaceError(error, "Cancelled") ? { kind: "cancelled" } : { kind: "error", error });
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
    [services, lang],
  );

  const runAction = useCallback(
    <Input, Result>(action: Action<Input, Result>, input: Input) =>
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
  }, [services]);

  return useMemo(
    () => ({
      lang,
      services,
      inventory,
      running,
      notice,
      t,
      runAction,
      run,
      cancel,
      refreshInventory,
      setNotice,
    }),
    [lang, services, inventory, running, notice, t, runAction, run, cancel, refreshInventory],
  );
}
