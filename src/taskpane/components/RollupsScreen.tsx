import { type ReactNode, useState } from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
} from "@fluentui/react-components";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "./FigureTable";
import type { RollupResult } from "../../core/actions/rollups";
import { loadRollupsAction, useLoadedAction } from "../lazyActions";
import type { PeriodKind } from "../../core/metrics/types";
import { dayFromIso, isoOfDay, parsePeriod, periodOf } from "../../core/periods";
import { asOfProblem } from "../../core/periods/asOf";
import type { Preferences } from "../preferences";
import { formatPercent } from "../figures";
import type { Workspace } from "../useWorkspace";
import { useScreenStyles } from "./layout";
import { ScorecardSummary } from "./ScorecardSummary";

export interface RollupsScreenProps {
  readonly workspace: Workspace;
  readonly busy: boolean;
  readonly preferences: Preferences;
  readonly onPreferences: (change: Preferences) => void;
  readonly result: RollupResult | null;
  /** The workbook's inputs changed since `result` was made. */
  readonly bookChanged: boolean;
  readonly onResult: (result: RollupResult) => void;
}

const KINDS: readonly PeriodKind[] = ["week", "month", "quarter", "year"];

/** `text` with each of `parts` kept on one line: a heading wraps before a period or a date, never inside. */
export function unbroken(text: string, parts: readonly string[], className: string): ReactNode[] {
  const pattern = new RegExp(`(${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`);
  return text.split(pattern).map((piece, i) =>
    parts.includes(piece) ? (
      <span key={i} className={className}>
        {piece}
      </span>
    ) : (
      piece
    ),
  );
}

/** Pick a period and an as-of date, rebuild the rollup sheets, then see who is behind pace. */
export function RollupsScreen({
  workspace,
  busy,
  preferences,
  onPreferences,
  result,
  bookChanged,
  onResult,
}: RollupsScreenProps) {
  const styles = useScreenStyles();
  const { t, inventory } = workspace;
  const today = workspace.services.today();
  const [kind, setKind] = useState<PeriodKind>(preferences.periodKind ?? "month");
  const [period, setPeriod] = useState(preferences.period ?? periodOf(kind, today).text);
  const [asOf, setAsOf] = useState(isoOfDay(today));
  const refreshRollups = useLoadedAction(loadRollupsAction, workspace);
  const canRun = inventory !== null && refreshRollups !== null && refreshRollups.canRun(inventory);
  const parsedPeriod = parsePeriod(period);
  const periodValid = parsedPeriod !== null;
  const asOfDay = dayFromIso(asOf);
  const outside = parsedPeriod !== null && asOfDay !== null ? asOfProblem(parsedPeriod, asOfDay) : null;
  // The figures below are for the period and date of the last refresh; once the fields say otherwise, say so.
  const matchesInputs =
    result === null || (parsePeriod(period)?.text === result.period.text && asOfDay === result.asOf);

  const chooseKind = (next: PeriodKind) => {
    setKind(next);
    setPeriod(periodOf(next, asOfDay ?? today).text);
  };

  const refresh = async () => {
    if (refreshRollups === null || !periodValid || asOfDay === null || outside !== null) return;
    onPreferences({ periodKind: kind, period });
    const outcome = await workspace.runAction(refreshRollups, { period, asOf: asOfDay });
    if (outcome) {
      onResult(outcome);
      workspace.setNotice({ kind: "success", key: "rollups.done", args: { sheets: outcome.sheets } });
    }
  };

  return (
    <div className={styles.screen}>
      <div className={styles.card}>
        <Subtitle2 as="h2">{t("rollups.title")}</Subtitle2>
        <Body1>{t("rollups.explain")}</Body1>
        <Field label={t("rollups.kind")}>
          <RadioGroup
            value={kind}
            layout="horizontal"
            className={styles.choices}
            onChange={(_, data) => chooseKind(data.value as PeriodKind)}
            data-testid="period-kind"
          >
            {KINDS.map((k) => (
              <Radio
                key={k}
                value={k}
                indicator={{ className: styles.compactIndicator }}
                label={{ children: t(`period.${k}`), className: styles.compactLabel }}
              />
            ))}
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <Field
            label={t("rollups.period")}
            validationState={periodValid ? "none" : "error"}
            validationMessage={periodValid ? undefined : t("rollups.badPeriod")}
          >
            <Input value={period} onChange={(_, data) => setPeriod(data.value)} data-testid="rollup-period" />
          </Field>
          <Field
            label={t("rollups.asOf")}
            validationState={asOfDay === null || outside !== null ? "error" : "none"}
            validationMessage={
              asOfDay === null
                ? t("rollups.badDate")
                : outside !== null
                  ? t(outside.key, outside.args)
                  : undefined
            }
          >
            <Input
              type="date"
              value={asOf}
              onChange={(_, data) => setAsOf(data.value)}
              data-testid="rollup-asof"
            />
          </Field>
        </div>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={busy || !canRun || !periodValid || asOfDay === null || outside !== null}
            onClick={refresh}
            data-testid="run-rollups"
          >
            {t("action.rollups")}
          </Button>
        </div>
        {!canRun && inventory !== null && <Body1 className={styles.muted}>{t("validate.needsSetup")}</Body1>}
      </div>

      {result && (bookChanged || !matchesInputs) && (
        <MessageBar intent="warning" layout="multiline" data-testid="rollups-stale">
          <MessageBarBody>
            {bookChanged
              ? t("rollups.staleBook")
              : t("rollups.staleInputs", { period: result.period.text, asOf: isoOfDay(result.asOf) })}
          </MessageBarBody>
        </MessageBar>
      )}

      {result && <ScorecardSummary scorecard={result.scorecard} t={t} />}

      {result && (
        <div className={styles.card} data-testid="behind-pace">
          <Subtitle2 as="h2">
            {unbroken(
              t("rollups.behindTitle", { period: result.period.text, asOf: isoOfDay(result.asOf) }),
              [result.period.text, isoOfDay(result.asOf)],
              styles.nowrap,
            )}
          </Subtitle2>
          {result.behindPace.length === 0 ? (
            <Body1>{t("rollups.nobodyBehind")}</Body1>
          ) : (
            <Table className={styles.table} aria-label={t("rollups.behindTable")}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("rollups.salesperson")}</TableHeaderCell>
                  <TableHeaderCell className={styles.number}>{t("figure.achievement")}</TableHeaderCell>
                  <TableHeaderCell className={styles.number}>{t("figure.pace")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.behindPace.map((line) => (
                  <TableRow key={`${line.region}/${line.salesperson}`}>
                    <TableCell>
                      {line.salesperson}
                      <span className={styles.muted}> · {line.region}</span>
                    </TableCell>
                    <TableCell className={styles.number}>
                      {formatPercent(line.metrics.sales.achievement)}
                    </TableCell>
                    <TableCell className={styles.number}>{formatPercent(line.metrics.sales.pace)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </div>
      )}
    </div>
  );
}
