import { useCallback, useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Badge,
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import { applySuggestion, correctionOf } from "../../core/actions/correct";
import type { ValidationResult } from "../../core/actions/validate";
import { loadValidateAction, useLoadedAction } from "../lazyActions";
import { tablePlace } from "../../core/i18n";
import { TABLES, tableDef } from "../../core/schema/tables";
import type { TableName } from "../../core/schema/types";
import { describeFinding } from "../../core/validate/describe";
import type { Finding, Severity } from "../../core/validate/finding";
import { type FindingFilter, NO_FILTER, groupFindings } from "../findingGroups";
import type { Workspace } from "../useWorkspace";
import { FindingGroupPanel } from "./FindingGroupPanel";
import { FindingItem } from "./FindingItem";
import { useScreenStyles } from "./layout";

export interface ValidateScreenProps {
  readonly workspace: Workspace;
  readonly busy: boolean;
  readonly result: ValidationResult | null;
  /** The workbook's inputs changed since `result` was made. */
  readonly stale: boolean;
  readonly onResult: (result: ValidationResult) => void;
}

/** Findings shown per group before "Show more": the pane stays quick with 10,000s of findings. */
const PAGE = 50;

/** Run validation, read the findings by severity and table, jump to a finding's cell. */
export function ValidateScreen({ workspace, busy, result, stale, onResult }: ValidateScreenProps) {
  const styles = useScreenStyles();
  const { t, inventory } = workspace;
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [shown, setShown] = useState<Record<string, number>>({});
  const [corrected, setCorrected] = useState<ReadonlySet<Finding>>(new Set());
  const validateWorkbook = useLoadedAction(loadValidateAction, workspace);
  const canRun = inventory !== null && validateWorkbook !== null && validateWorkbook.canRun(inventory);
  const bookLang = result?.lang ?? workspace.lang;

  const validate = async (toSheet: boolean) => {
    if (validateWorkbook === null) return;
    const outcome = await workspace.runAction(validateWorkbook, { writeSheet: toSheet });
    if (outcome) {
      onResult(outcome);
      setShown({});
      setCorrected(new Set());
      if (toSheet) workspace.setNotice({ kind: "success", key: "validate.sheetWritten" });
    }
  };

  const describe = useCallback((f: Finding) => describeFinding(bookLang, f), [bookLang]);
  const groups = useMemo(
    () => (result ? groupFindings(result.findings, filter, describe) : []),
    [result, filter, describe],
  );

  const select = async (finding: Finding) => {
    // The cell where validation found the table, even when someone moved it off set-up's layout.
    const cell = finding.cell;
    if (!cell) return;
    await workspace.run("validate.selecting", (ctx) => ctx.port.selectCell(cell.sheet, cell.address));
  };

  // The person's own correction of one cell, confirmed in the finding; the notice says how to take it back.
  const apply = async (finding: Finding) => {
    const report = await workspace.runAction(applySuggestion, finding);
    if (!report) return;
    setCorrected(new Set([...corrected, finding]));
    workspace.setNotice({
      kind: "success",
      key: report.undoable ? "validate.correctedNotice" : "validate.correctedNoUndo",
      args: {
        sheet: report.sheet,
        address: report.address,
        value: finding.suggestion ?? "",
        old: String(finding.value ?? ""),
      },
    });
  };

  // A table as people see it: its sheet as found in this workbook (and which list on the Lists sheet).
  const placeOf = (table: TableName) =>
    tablePlace(workspace.lang, table, inventory?.tables.find((found) => found.table === table)?.sheet);

  const severityLabel = (s: Severity) =>
    s === "error" ? t("validate.errorsTitle") : t("validate.warningsTitle");

  return (
    <div className={styles.screen}>
      <div className={styles.card}>
        <Subtitle2 as="h2">{t("validate.title")}</Subtitle2>
        <Body1>{t("validate.explain")}</Body1>
        {/* One way to the Validation sheet: a button of its own (it validates, then writes the sheet). */}
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={busy || !canRun}
            onClick={() => validate(false)}
            data-testid="run-validate"
          >
            {t("action.validate")}
          </Button>
          <Button
            disabled={busy || !canRun}
            onClick={() => validate(true)}
            data-testid="write-validation-sheet"
          >
            {t("validate.writeSheet")}
          </Button>
        </div>
        {!canRun && inventory !== null && <Body1 className={styles.muted}>{t("validate.needsSetup")}</Body1>}
      </div>

      {result && stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="validate-stale">
          <MessageBarBody>{t("validate.stale")}</MessageBarBody>
        </MessageBar>
      )}

      {result && (
        <div className={styles.card} data-testid="findings">
          <div className={styles.row}>
            <Badge
              color="danger"
              appearance={result.counts.error > 0 ? "filled" : "outline"}
              data-testid="count-errors"
            >
              {t("validate.errors", { count: result.counts.error })}
            </Badge>
            <Badge
              color="warning"
              appearance={result.counts.warning > 0 ? "filled" : "outline"}
              data-testid="count-warnings"
            >
              {t("validate.warnings", { count: result.counts.warning })}
            </Badge>
          </div>
          <div className={styles.fields}>
            <Field label={t("validate.filterSeverity")}>
              <Select
                className={styles.fill}
                value={filter.severity}
                onChange={(_, data) => setFilter({ ...filter, severity: data.value as Severity | "all" })}
              >
                <option value="all">{t("validate.all")}</option>
                <option value="error">{t("validate.errorsTitle")}</option>
                <option value="warning">{t("validate.warningsTitle")}</option>
              </Select>
            </Field>
            <Field label={t("validate.filterTable")}>
              <Select
                className={styles.fill}
                value={filter.table}
                onChange={(_, data) => setFilter({ ...filter, table: data.value as TableName | "all" })}
              >
                <option value="all">{t("validate.all")}</option>
                {TABLES.map((def) => (
                  <option key={def.name} value={def.name}>
                    {placeOf(def.name)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field label={t("validate.filterText")}>
            <Input
              type="search"
              value={filter.text}
              onChange={(_, data) => setFilter({ ...filter, text: data.value })}
            />
          </Field>
          {groups.length === 0 ? (
            <Body1>{result.findings.length === 0 ? t("validate.clean") : t("validate.noMatch")}</Body1>
          ) : (
            <Accordion
              multiple
              collapsible
              defaultOpenItems={groups.slice(0, 1).map((g) => `${g.severity}/${g.table}`)}
            >
              {groups.map((group) => {
                const key = `${group.severity}/${group.table}`;
                const limit = shown[key] ?? PAGE;
                const def = tableDef(group.table);
                return (
                  <AccordionItem key={key} value={key} data-testid={`group-${key}`}>
                    <AccordionHeader size="small">
                      {severityLabel(group.severity)} · {placeOf(group.table)} (
                      {group.findings.length.toLocaleString()})
                    </AccordionHeader>
                    <FindingGroupPanel>
                      {group.findings.slice(0, limit).map((finding, i) => (
                        <FindingItem
                          key={`${finding.row}-${finding.column}-${finding.code}-${i}`}
                          finding={finding}
                          message={describe(finding)}
                          columnHeader={
                            def.columns.find((c) => c.key === finding.column)?.header[bookLang] ?? null
                          }
                          place={placeOf(group.table)}
                          t={t}
                          onSelect={select}
                          onApply={correctionOf(finding) !== null ? apply : undefined}
                          corrected={corrected.has(finding)}
                          busy={busy}
                        />
                      ))}
                      {group.findings.length > limit && (
                        <Button
                          appearance="subtle"
                          onClick={() => setShown({ ...shown, [key]: limit + PAGE })}
                        >
                          {t("validate.showMore", { count: group.findings.length - limit })}
                        </Button>
                      )}
                    </FindingGroupPanel>
                  </AccordionItem>
                );
              })}
            </Accordion>
          )}
        </div>
      )}
    </div>
  );
}
