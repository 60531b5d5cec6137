import { Subtitle2 } from "@fluentui/react-components";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "./FigureTable";
import type { Scorecard } from "../../core/metrics/types";
import { formatAmount, formatPercent } from "../figures";
import type { Workspace } from "../useWorkspace";
import { useScreenStyles } from "./layout";

/** Sales by region and for the company, as the core computed them for the Scorecard sheet. */
export function ScorecardSummary({
  scorecard,
  t,
}: {
  readonly scorecard: Scorecard;
  readonly t: Workspace["t"];
}) {
  const styles = useScreenStyles();
  const lines = scorecard.lines.filter((line) => line.level !== "salesperson");
  return (
    <div className={styles.card} data-testid="scorecard-summary">
      <Subtitle2 as="h2">{t("rollups.salesByRegion")}</Subtitle2>
      <Table className={styles.table} aria-label={t("rollups.salesByRegion")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("rollups.region")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("figure.target")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("figure.actual")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("rollups.achieved")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((line) => {
            const sales = line.metrics.sales;
            const name = line.level === "company" ? t("scorecard.company") : (line.region ?? "");
            return (
              <TableRow key={`${line.level}/${line.region}`} data-testid="scorecard-line" data-region={name}>
                <TableCell>{line.level === "company" ? <strong>{name}</strong> : name}</TableCell>
                <TableCell className={styles.number} data-figure="target">
                  {sales.target === null ? "—" : formatAmount(sales.target)}
                </TableCell>
                <TableCell className={styles.number} data-figure="actual">
                  {formatAmount(sales.actual)}
                </TableCell>
                <TableCell className={styles.number} data-figure="achievement">
                  {formatPercent(sales.achievement)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
