/**
 * Actions whose code only some screens need, loaded on demand as their own chunks so the pane's first
 * load stays within its budget (180 KB gzipped): the set-up plan behind "Set up workbook", the demo
 * generator behind "Fill sample data", the split planner behind the Targets screen, the rules behind "Validate" (customer rules carry the ABC classes),
 * and the metrics and rollup plans behind "Refresh rollups" (and the Customers screen). A screen asks for
 * its action when it opens.
 *
 * Only core code is split off this way. A chunk that imported Fluent components from the first load
 * would cost more than it saves: webpack can no longer concatenate the modules both chunks share (a
 * lazy Customers screen took the first load from 182.2 to 187.6 KiB).
 */
import { useEffect, useState } from "react";
import type { refreshRollups } from "../core/actions/rollups";
import type { fillSampleData } from "../core/actions/sample";
import type { setUpWorkbook } from "../core/actions/setup";
import type { previewSplit, writeSplit } from "../core/actions/targets";
import type { validateWorkbook } from "../core/actions/validate";
import type { Workspace } from "./useWorkspace";

export type SetupAction = typeof setUpWorkbook;
export type SampleAction = typeof fillSampleData;
export type RollupsAction = typeof refreshRollups;
export type ValidateAction = typeof validateWorkbook;
export interface SplitActions {
  readonly previewSplit: typeof previewSplit;
  readonly writeSplit: typeof writeSplit;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load();
    return loading;
  };
}

export const loadSetupAction = once(() =>
  import(/* webpackChunkName: "setup" */ "../core/actions/setup").then((m) => m.setUpWorkbook),
);

export const loadSplitActions = once((): Promise<SplitActions> =>
  import(/* webpackChunkName: "targets" */ "../core/actions/targets").then((m) => ({
    previewSplit: m.previewSplit,
    writeSplit: m.writeSplit,
  })),
);

export const loadSampleAction = once(() =>
  import(/* webpackChunkName: "sample" */ "../core/actions/sample").then((m) => m.fillSampleData),
);

export const loadValidateAction = once(() =>
  import(/* webpackChunkName: "validate" */ "../core/actions/validate").then((m) => m.validateWorkbook),
);

export const loadRollupsAction = once(() =>
  import(/* webpackChunkName: "rollups" */ "../core/actions/rollups").then((m) => m.refreshRollups),
);

/** The action once its chunk has arrived (null before); a chunk that fails to load shows in the error bar. */
export function useLoadedAction<A>(load: () => Promise<A>, workspace: Workspace): A | null {
  const [action, setAction] = useState<A | null>(null);
  const { setNotice } = workspace;
  useEffect(() => {
    let mounted = true;
    load().then(
      (loaded) => mounted && setAction(() => loaded),
      (error: unknown) => mounted && setNotice({ kind: "error", error }),
    );
    return () => {
      mounted = false;
    };
  }, [load, setNotice]);
  return action;
}
