import { Badge, Body1, Body1Strong, Button, Caption1, Spinner, Subtitle2 } from "@fluentui/react-components";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "./FigureTable";
import type { ValidationResult } from "../../core/actions/validate";
import type { BookInventory } from "../../core/actions/port";
import { tablePlace } from "../../core/i18n";
import { isoOfDay } from "../../core/periods";
import { SCHEMA_VERSION, TABLES } from "../../core/schema/tables";
import type { Workspace } from "../useWorkspace";
import { useScreenStyles } from "./layout";
import type { Screen } from "./screens";

export interface HomeScreenProps {
  readonly workspace: Workspace;
  readonly validation: ValidationResult | null;
  /** The workbook's inputs changed since `validation`. */
  readonly validationStale: boolean;
  readonly onNavigate: (screen: Screen) => void;
}

type NextStep = {
  readonly screen: Screen;
  readonly key: "next.setup" | "next.upgrade" | "next.validate" | "next.fix" | "next.rollups";
};

/** What the user should do next, from what the workbook holds and the last validation. */
export function nextStep(inventory: BookInventory, validation: ValidationResult | null): NextStep {
  if (inventory.tables.length === 0) return { screen: "setup", key: "next.setup" };
  const outdated =
    inventory.tables.length < TABLES.length || (inventory.settings?.schemaVersion ?? 0) < SCHEMA_VERSION;
  if (outdated) return { screen: "setup", key: "next.upgrade" };
  if (validation === null) return { screen: "validate", key: "next.validate" };
  if (validation.counts.error > 0) return { screen: "validate", key: "next.fix" };
  return { screen: "rollups", key: "next.rollups" };
}

/** Is this workbook set up, in which language, how full, how clean, who has not reported, what next. */
export function HomeScreen({ workspace, validation, validationStale, onNavigate }: HomeScreenProps) {
  const styles = useScreenStyles();
  const { inventory, t } = workspace;
  if (inventory === null) return <Spinner size="small" label={t("home.looking")} />;
  const setUp = inventory.tables.length > 0;
  const next = nextStep(inventory, validationStale ? null : validation);
  const rows = new Map(inventory.tables.map((table) => [table.table, table]));
  return (
    <div className={styles.screen}>
      <div className={styles.card}>
        <div className={styles.row}>
          <Subtitle2 as="h2">{t("home.workbook")}</Subtitle2>
          <Badge appearance="tint" color={setUp ? "success" : "warning"} data-testid="setup-status">
            {setUp ? t("home.setUp") : t("home.notSetUp")}
          </Badge>
        </div>
        {setUp && inventory.settings && (
          <Caption1 className={styles.muted}>
            {t("home.languageAndSchema", {
              lang: t(inventory.settings.lang === "zh" ? "lang.zh" : "lang.en"),
              version: inventory.settings.schemaVersion,
            })}
          </Caption1>
        )}
        <Body1>{t(next.key)}</Body1>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => onNavigate(next.screen)} data-testid="next-action">
            {t(`nav.${next.screen}`)}
          </Button>
        </div>
      </div>

      {setUp && (
        <div className={styles.card}>
          <Subtitle2 as="h2">{t("home.rowCounts")}</Subtitle2>
          <Table className={styles.table} aria-label={t("home.rowCounts")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("home.table")}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t("home.rows")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {TABLES.map((def) => {
                const found = rows.get(def.name);
                return (
                  <TableRow key={def.name}>
                    <TableCell data-testid="home-table">
                      {tablePlace(workspace.lang, def.name, found?.sheet)}
                    </TableCell>
                    <TableCell className={styles.number}>
                      {found ? found.rowCount.toLocaleString() : t("home.missing")}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}

      {setUp && (
        <div className={styles.card} data-testid="home-validation">
          <div className={styles.row}>
            <Subtitle2 as="h2">{t("home.lastValidation")}</Subtitle2>
            {validation !== null && validationStale && (
              <Badge appearance="tint" color="warning" data-testid="home-validation-stale">
                {t("home.stale")}
              </Badge>
            )}
          </div>
          {validation === null ? (
            <Body1 className={styles.muted}>{t("home.notValidated")}</Body1>
          ) : (
            <>
              <div className={styles.row}>
                <Badge color="danger" appearance={validation.counts.error > 0 ? "filled" : "outline"}>
                  {t("validate.errors", { count: validation.counts.error })}
                </Badge>
                <Badge color="warning" appearance={validation.counts.warning > 0 ? "filled" : "outline"}>
                  {t("validate.warnings", { count: validation.counts.warning })}
                </Badge>
              </div>
              <Body1Strong as="h3">
                {t("home.notReported", { day: isoOfDay(validation.lastWorkingDay) })}
              </Body1Strong>
              {validation.notReported.length === 0 ? (
                <Body1>{t("home.everyoneReported")}</Body1>
              ) : (
                <ul className={styles.list} data-testid="not-reported">
                  {validation.notReported.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
