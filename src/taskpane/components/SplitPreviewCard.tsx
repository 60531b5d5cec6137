import { Body1 } from "@fluentui/react-components";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "./FigureTable";
import type { SplitPreview } from "../../core/actions/targets";
import type { SplitChild } from "../../core/metrics/split";
import type { MessageKey } from "../../core/i18n";
import type { Lang } from "../../core/schema/types";
import { formatAmount } from "../figures";
import type { Workspace } from "../useWorkspace";
import { useScreenStyles } from "./layout";

export interface SplitPreviewCardProps {
  readonly t: Workspace["t"];
  readonly lang: Lang;
  readonly preview: SplitPreview;
  readonly into: "salespeople" | "months";
  readonly parentValue: number;
}

const childKey = (child: SplitChild): string => `${child.period}/${child.salesperson ?? ""}`;

/** Rows as people read them: "4–15" for a run, "4, 9" otherwise ("4、9" in Chinese). */
function rowList(rows: readonly number[], lang: Lang): string {
  const separator = lang === "zh" ? "、" : ", ";
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(separator));
    i = j + 1;
  }
  return runs.join(separator);
}

/**
 * The split's children before anything is written: what Targets already holds for each (with its rows),
 * what would be written, both sums, and what SalesPace will do about children that already exist.
 */
export function SplitPreviewCard({ t, lang, preview, into, parentValue }: SplitPreviewCardProps) {
  const styles = useScreenStyles();
  const existing = new Map(preview.existing.map((e) => [childKey(e.child), e]));
  const toWrite = new Map(preview.toWrite.map((c) => [childKey(c), c]));
  const written = preview.toWrite.reduce((sum, c) => sum + c.value, 0);
  const allRows = rowList(
    preview.existing.flatMap((e) => e.rows),
    lang,
  );
  const args = {
    count: preview.toWrite.length,
    existing: preview.existing.length,
    rows: allRows,
    existingTotal: formatAmount(preview.existingTotal),
    rest: formatAmount(preview.rest),
    parent: formatAmount(parentValue),
  };
  const statusKey: MessageKey = `split.plan.${preview.status}`;
  const addsUp = Math.abs(preview.existingTotal + written - parentValue) < 1e-6;
  return (
    <div className={styles.card} data-testid="split-preview">
      <Table className={styles.table} aria-label={t("targets.previewTable")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>
              {into === "months" ? t("targets.month") : t("targets.salesperson")}
            </TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("targets.existing")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("targets.toWrite")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {preview.children.map((child) => {
            const key = childKey(child);
            const have = existing.get(key);
            const write = toWrite.get(key);
            return (
              <TableRow key={key}>
                <TableCell>{into === "months" ? child.period : child.salesperson}</TableCell>
                <TableCell className={styles.number}>
                  {have
                    ? t("targets.atRows", { value: formatAmount(have.value), rows: rowList(have.rows, lang) })
                    : "—"}
                </TableCell>
                <TableCell className={styles.number}>{write ? formatAmount(write.value) : "—"}</TableCell>
              </TableRow>
            );
          })}
          <TableRow>
            <TableCell>
              <strong>{t("targets.total")}</strong>
            </TableCell>
            <TableCell className={styles.number} data-testid="split-existing-total">
              <strong>{preview.existing.length > 0 ? formatAmount(preview.existingTotal) : "—"}</strong>
            </TableCell>
            <TableCell className={styles.number} data-testid="split-total">
              <strong>{preview.toWrite.length > 0 ? formatAmount(written) : "—"}</strong>
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Body1 data-testid="split-status">{t(statusKey, args)}</Body1>
      {preview.toWrite.length > 0 && (
        <Body1 data-testid="split-check">
          {addsUp
            ? t("targets.addsUp", { parent: formatAmount(parentValue) })
            : t("targets.doesNotAddUp", { parent: formatAmount(parentValue) })}
        </Body1>
      )}
    </div>
  );
}
