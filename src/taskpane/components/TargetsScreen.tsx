import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { loadBook } from "../../core/actions/book";
import type { SplitInput, SplitPreview } from "../../core/actions/targets";
import { loadSplitActions, useLoadedAction } from "../lazyActions";
import type { TargetRow } from "../../core/model";
import { METRICS } from "../../core/schema/enums";
import type { Lang } from "../../core/schema/types";
import {
  type RosterEntry,
  type SplitProblem,
  canSplit,
  rosterOf,
  splitKeys,
  unitProblem,
} from "../../core/metrics/split";
import { formatAmount } from "../figures";
import type { Workspace } from "../useWorkspace";
import { useScreenStyles } from "./layout";
import { SplitPreviewCard } from "./SplitPreviewCard";
import { SplitWeights, weightOf, weightsInvalid } from "./SplitWeights";
import { typedNumber } from "../typedNumber";

const useStyles = makeStyles({
  // The chosen target in full, wrapping, as a native select shows only what fits on one line.
  chosen: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

export interface TargetsScreenProps {
  readonly workspace: Workspace;
  readonly busy: boolean;
}

type Into = "salespeople" | "months";
type Method = "even" | "workingDays" | "weights";

interface Loaded {
  readonly targets: readonly TargetRow[];
  readonly people: readonly RosterEntry[];
}

/** The target in full: period, whose, metric and value (shown under the dropdown). */
function targetLabel(row: TargetRow, lang: Lang): string {
  return `${shortTargetLabel(row, lang)} · ${formatAmount(row.target ?? 0)}`;
}

/**
 * The target as its dropdown option: period, whose and metric, short enough for a 320 px pane (a native
 * select cuts off what does not fit on its one line; the value is in the full line under it).
 */
function shortTargetLabel(row: TargetRow, lang: Lang): string {
  const metric = METRICS.find((m) => m.key === row.metric)?.label[lang] ?? row.metric;
  const who = [row.region, row.salesperson, row.dealer, row.product]
    .filter((part) => part !== null)
    .join("/");
  return `${row.period} ${who || "—"} ${metric}`;
}

/** The split tool (SPEC §1.2): pick a parent target, choose how, preview children that add up, write them. */
export function TargetsScreen({ workspace, busy }: TargetsScreenProps) {
  const styles = useScreenStyles();
  const own = useStyles();
  const { t, inventory } = workspace;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [parentRow, setParentRow] = useState<number | null>(null);
  const [into, setInto] = useState<Into>("salespeople");
  const [method, setMethod] = useState<Method>("even");
  const [unit, setUnit] = useState("1");
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<SplitPreview | null>(null);
  const split = useLoadedAction(loadSplitActions, workspace);
  const canRun = inventory !== null && split !== null && split.previewSplit.canRun(inventory);

  const candidates = useMemo(
    () => (loaded ? loaded.targets.filter((row) => canSplit(row, loaded.people)) : []),
    [loaded],
  );
  const parent = candidates.find((row) => row.row === parentRow) ?? null;
  const keysInto = (row: TargetRow | null | undefined, way: Into): readonly string[] =>
    row?.period && loaded
      ? splitKeys(
          { period: row.period, region: row.region, salesperson: row.salesperson },
          way,
          loaded.people,
        ).keys
      : [];
  const canMonths = keysInto(parent, "months").length > 0;
  const canPeople = keysInto(parent, "salespeople").length > 0;
  const childKeys = keysInto(parent, into);

  const say = (p: SplitProblem | null): string | undefined => (p === null ? undefined : t(p.key, p.args));
  const unitIssue =
    parent !== null && parent.target !== null ? unitProblem(parent.target, typedNumber(unit)) : null;
  const weightValue = (key: string): number => weightOf(weights[key]);
  const invalid = unitIssue !== null || (method === "weights" && weightsInvalid(childKeys, weights));

  const load = async () => {
    const book = await workspace.run(
      "targets.loading",
      async (ctx) => (await loadBook(ctx, await ctx.port.inspect())).book,
    );
    if (!book) return;
    setLoaded({ targets: book.targets, people: rosterOf(book.salespeople) });
    setPreview(null);
  };

  const choose = (row: number) => {
    const chosen = candidates.find((c) => c.row === row);
    setParentRow(row);
    setPreview(null);
    setWeights({});
    const peopleOk = keysInto(chosen, "salespeople").length > 0;
    setInto(peopleOk ? "salespeople" : "months");
    setMethod(peopleOk ? "even" : "workingDays");
  };

  const request = (): SplitInput | null => {
    if (parent === null || parent.metric === null || parent.target === null || parent.period === null)
      return null;
    const base = {
      parent: {
        period: parent.period,
        region: parent.region,
        salesperson: parent.salesperson,
        dealer: parent.dealer,
        product: parent.product,
        metric: parent.metric,
        value: parent.target,
      },
      unit: typedNumber(unit),
      weights: Object.fromEntries(childKeys.map((key) => [key, weightValue(key)])),
    };
    if (into === "salespeople") return { ...base, into, method: method === "weights" ? "weights" : "even" };
    return { ...base, into, method };
  };

  const runPreview = async () => {
    const input = request();
    if (input === null || split === null) return;
    const outcome = await workspace.runAction(split.previewSplit, input);
    setPreview(outcome ?? null);
  };

  const runWrite = async () => {
    if (preview === null || split === null) return;
    const outcome = await workspace.runAction(split.writeSplit, { children: preview.toWrite });
    if (outcome) {
      workspace.setNotice({ kind: "success", key: "targets.written", args: { count: outcome.written } });
      setPreview(null);
    }
  };

  const methods: Method[] = into === "months" ? ["even", "workingDays", "weights"] : ["even", "weights"];
  return (
    <div className={styles.screen}>
      <div className={styles.card}>
        <Subtitle2 as="h2">{t("targets.title")}</Subtitle2>
        <Body1>{t("targets.explain")}</Body1>
        <div className={styles.actions}>
          <Button disabled={busy || !canRun} onClick={load} data-testid="load-targets">
            {loaded ? t("targets.reload") : t("targets.load")}
          </Button>
        </div>
        {loaded && candidates.length === 0 && <Body1>{t("targets.none")}</Body1>}
        {candidates.length > 0 && (
          <Field label={t("targets.parent")}>
            <Select
              className={styles.fill}
              select={{ className: styles.fill }}
              value={parentRow === null ? "" : String(parentRow)}
              onChange={(_, data) => choose(Number(data.value))}
              data-testid="parent-target"
            >
              <option value="" disabled>
                {t("targets.pickParent")}
              </option>
              {candidates.map((row) => (
                <option key={row.row} value={String(row.row)} title={targetLabel(row, workspace.lang)}>
                  {shortTargetLabel(row, workspace.lang)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {parent && (
          <Body1 className={own.chosen} data-testid="parent-chosen">
            {targetLabel(parent, workspace.lang)}
          </Body1>
        )}
        {parent && (
          <>
            <Field label={t("targets.into")}>
              <RadioGroup
                value={into}
                layout="horizontal"
                className={styles.choices}
                onChange={(_, data) => {
                  setInto(data.value as Into);
                  setMethod("even");
                  setPreview(null);
                }}
              >
                <Radio value="salespeople" label={t("targets.intoPeople")} disabled={!canPeople} />
                <Radio value="months" label={t("targets.intoMonths")} disabled={!canMonths} />
              </RadioGroup>
            </Field>
            <Field label={t("targets.method")}>
              <RadioGroup
                value={method}
                layout="horizontal"
                className={styles.choices}
                onChange={(_, data) => {
                  setMethod(data.value as Method);
                  setPreview(null);
                }}
              >
                {methods.map((m) => (
                  <Radio key={m} value={m} label={t(`targets.method.${m}`)} />
                ))}
              </RadioGroup>
            </Field>
            {method === "weights" && (
              <SplitWeights
                t={t}
                keys={childKeys}
                weights={weights}
                onChange={(next) => {
                  setWeights(next);
                  setPreview(null);
                }}
              />
            )}
            <Field
              label={t("targets.unit")}
              hint={unitIssue ? undefined : t("targets.unitHint")}
              validationState={unitIssue ? "error" : "none"}
              validationMessage={say(unitIssue)}
            >
              <Input
                inputMode="decimal"
                value={unit}
                onChange={(_, data) => {
                  setUnit(data.value);
                  setPreview(null);
                }}
                data-testid="split-unit"
              />
            </Field>
            <div className={styles.actions}>
              <Button
                appearance="primary"
                disabled={busy || invalid}
                onClick={runPreview}
                data-testid="preview-split"
              >
                {t("action.splitPreview")}
              </Button>
              <Button
                disabled={busy || preview === null || preview.toWrite.length === 0}
                onClick={runWrite}
                data-testid="write-split"
              >
                {preview?.status === "missingOnly"
                  ? t("targets.writeMissing", { count: preview.toWrite.length })
                  : t("action.splitWrite")}
              </Button>
            </div>
          </>
        )}
      </div>

      {preview && parent && (
        <SplitPreviewCard
          t={t}
          lang={workspace.lang}
          preview={preview}
          into={into}
          parentValue={parent.target ?? 0}
        />
      )}
    </div>
  );
}
