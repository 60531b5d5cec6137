import { Fragment } from "react";
import { Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { weightsProblem } from "../../core/metrics/split";
import type { Workspace } from "../useWorkspace";
import { typedNumber } from "../typedNumber";
import { useScreenStyles } from "./layout";

const useStyles = makeStyles({
  // At 320 px a label beside its input leaves the input too little room: a two-column grid whose input
  // column may shrink keeps every weight inside the fieldset.
  weights: {
    display: "grid",
    gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  label: { overflowWrap: "anywhere" },
  input: { minWidth: 0, width: "100%" },
  legend: { padding: 0 },
  wide: { gridColumn: "1 / -1" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** A weight as typed: blank is 0, anything that is not a number is NaN. */
export function weightOf(text: string | undefined): number {
  return (text ?? "").trim() === "" ? 0 : typedNumber(text!);
}

const isBad = (text: string | undefined): boolean => !(weightOf(text) >= 0);

/** True when a weight is not a number of 0 or more, or they all add up to 0. */
export function weightsInvalid(keys: readonly string[], weights: Readonly<Record<string, string>>): boolean {
  return (
    keys.some((key) => isBad(weights[key])) || weightsProblem(keys.map((k) => weightOf(weights[k]))) !== null
  );
}

export interface SplitWeightsProps {
  readonly t: Workspace["t"];
  /** The children (salesperson names or months like 2026-03), in order. */
  readonly keys: readonly string[];
  readonly weights: Readonly<Record<string, string>>;
  onChange(weights: Record<string, string>): void;
}

/** The split tool's weights, one per child, each flagged as it is typed. */
export function SplitWeights({ t, keys, weights, onChange }: SplitWeightsProps) {
  const styles = useScreenStyles();
  const own = useStyles();
  const anyBad = keys.some((key) => isBad(weights[key]));
  // Until a weight is typed, the hint says what to do; an error then would only scold an empty form.
  const typed = keys.some((key) => (weights[key] ?? "").trim() !== "");
  const sumIssue = anyBad || !typed ? null : weightsProblem(keys.map((key) => weightOf(weights[key])));
  return (
    <fieldset className={mergeClasses(styles.card, own.weights)} data-testid="split-weights">
      <legend className={own.legend}>{t("targets.weights")}</legend>
      {keys.map((key, i) => (
        <Fragment key={key}>
          <label className={own.label} htmlFor={`weight-${i}`}>
            {key}
          </label>
          <Input
            id={`weight-${i}`}
            className={own.input}
            input={{ className: own.input }}
            inputMode="decimal"
            placeholder="0"
            aria-invalid={isBad(weights[key]) || undefined}
            aria-describedby={isBad(weights[key]) ? `weight-${i}-error` : undefined}
            value={weights[key] ?? ""}
            onChange={(_, data) => onChange({ ...weights, [key]: data.value })}
          />
          {isBad(weights[key]) && (
            <span id={`weight-${i}-error`} className={mergeClasses(own.wide, own.error)} role="alert">
              {t("split.weightNotNumber")}
            </span>
          )}
        </Fragment>
      ))}
      <span
        className={mergeClasses(own.wide, sumIssue ? own.error : styles.muted)}
        role={sumIssue ? "alert" : undefined}
      >
        {sumIssue ? t(sumIssue.key, sumIssue.args) : t("targets.weightsHint")}
      </span>
    </fieldset>
  );
}
