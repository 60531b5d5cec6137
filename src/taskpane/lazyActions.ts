/**
 * Actions whose code only some screens need, loaded on demand as their own chunks so the pane's first
 * load stays within its budget (180 KB gzipped): the demo generator behind "Fill sample data", the rules
 * behind "Validate" (customer rules carry the ABC classes), and the metrics and rollup plans behind
 * "Refresh rollups". A screen asks for its action when it opens.
 */
import { useEffect, useState } from "react";
import type { refreshRollups } from "../core/actions/rollups";
import type { fillSampleData } from "../core/actions/sample";
import type { validateWorkbook } from "../core/actions/validate";
import type { Workspace } from "./useWorkspace";

export type SampleAction = typeof fillSampleData;
export type RollupsAction = typeof refreshRollups;
export type ValidateAction = typeof validateWorkbook;

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load();
    return loading;
  };
}

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
