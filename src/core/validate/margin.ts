/**
 * W07: implausible margin. An entered Gross margin above the order amount or a loss of more than
 * 100 % of it; and a product whose unit cost is over twice its price, which makes every computed
 * margin (SPEC §1.4) such a loss.
 */
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

/** W07 on an entered margin outside [−order amount, order amount], and on a product costing over twice its price. */
export function marginRule({ book }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of book.dailyReport) {
    const { orderAmount, grossMargin } = row;
    if (orderAmount === null || grossMargin === null) continue;
    if (grossMargin <= orderAmount && grossMargin >= -orderAmount) continue;
    findings.push(
      findingAt(
        "W07",
        { table: "DailyReport", row: row.row, column: "grossMargin", value: grossMargin },
        { args: { orderAmount } },
      ),
    );
  }
  for (const row of book.products) {
    const { unitPrice, unitCost } = row;
    if (unitPrice === null || unitCost === null || unitCost <= 2 * unitPrice) continue;
    findings.push(
      findingAt(
        "W07",
        { table: "Products", row: row.row, column: "unitCost", value: unitCost },
        { detail: "product", args: { unitPrice } },
      ),
    );
  }
  return findings;
}
