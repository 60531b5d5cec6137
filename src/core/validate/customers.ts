/**
 * Customer management (SPEC §8.3): W10 silent customers, W11 lost customers not interviewed, W12 a
 * master list out of date, W13 under-visited A/B/C customers. Days are calendar days (§8.4).
 */
import { classifyCustomers } from "../metrics/customers/classes";
import { isLostOn, type CustomerHistory } from "../metrics/customers/ledger";
import { silence } from "../metrics/customers/silence";
import { NORM_WORKING_DAYS } from "../metrics/customers/thresholds";
import { addWorkingDays, isoOfDay } from "../periods";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

/** Where a finding about a customer points: its Name cell in Customers. */
const nameCell = (history: CustomerHistory) => ({
  table: "Customers" as const,
  row: history.master!.row,
  column: "name",
  value: history.name,
});

/** W10 on every Active customer, not lost, with no visit or no order for too long. */
export function silentCustomerRule(context: RuleContext): Finding[] {
  const { today } = context;
  const { silentVisitDays, silentOrderDays } = context.customerThresholds;
  const findings: Finding[] = [];
  for (const history of context.customerLedger().values()) {
    if (history.master?.status !== "active" || isLostOn(history, today)) continue;
    const quiet = silence(history, today, silentVisitDays, silentOrderDays);
    if (quiet === null) continue;
    const allowed = quiet.kind === "visit" ? silentVisitDays : silentOrderDays;
    const detail = quiet.last === null ? "never" : `${quiet.kind}${quiet.fromSince ? "Since" : ""}`;
    findings.push(
      findingAt("W10", nameCell(history), {
        detail,
        args: {
          name: history.name,
          days: quiet.days ?? 0,
          allowed,
          ...(quiet.last !== null ? { last: isoOfDay(quiet.last) } : {}),
        },
      }),
    );
  }
  return findings;
}

/** W11 on a LostCustomers row with no Interviewed on more than the allowed days after Lost on. */
export function notInterviewedRule({ book, today, customerThresholds }: RuleContext): Finding[] {
  const allowed = customerThresholds.interviewDays;
  const findings: Finding[] = [];
  for (const row of book.lostCustomers) {
    if (row.lostOn === null || row.interviewedOn !== null || row.unreadable.has("interviewedOn")) continue;
    if (row.wonBackOn !== null && row.wonBackOn <= today) continue;
    const days = today - row.lostOn;
    if (days <= allowed) continue;
    findings.push(
      findingAt(
        "W11",
        { table: "LostCustomers", row: row.row, column: "interviewedOn", value: null },
        { args: { customer: row.customer ?? "", lostOn: isoOfDay(row.lostOn), days, allowed } },
      ),
    );
  }
  return findings;
}

/**
 * W12 where the Customers list disagrees with LostCustomers: a customer lost (not won back) but still
 * Active, or one marked Churned with no LostCustomers row.
 */
export function masterListRule(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const history of context.customerLedger().values()) {
    const master = history.master;
    if (master === null) continue;
    const at = { table: "Customers" as const, row: master.row, column: "status", value: master.status };
    if (master.status === "active" && isLostOn(history, context.today)) {
      const lostOn = Math.max(...history.losses.map((l) => l.lostOn ?? -Infinity));
      findings.push(
        findingAt("W12", at, {
          detail: "stillActive",
          args: { name: history.name, lostOn: isoOfDay(lostOn) },
        }),
      );
    } else if (master.status === "churned" && history.losses.length === 0) {
      findings.push(findingAt("W12", at, { detail: "noLossRecord", args: { name: history.name } }));
    }
  }
  return findings;
}

/**
 * W13 on a classed customer visited fewer times in the 20 working days before today than its class
 * norm. A customer created within those days is left alone: it could not have had them yet.
 */
export function underVisitedRule(context: RuleContext): Finding[] {
  const { today, calendar, customerThresholds } = context;
  const from = addWorkingDays(calendar, today, -NORM_WORKING_DAYS);
  const ledger = context.customerLedger();
  const findings: Finding[] = [];
  for (const classed of classifyCustomers(ledger, today, customerThresholds)) {
    const history = ledger.get(classed.key)!;
    const since = history.master?.since ?? null;
    if (since !== null && since > from) continue;
    const norm = customerThresholds.visitNorm[classed.class];
    let visits = 0;
    for (const day of history.days) if (day >= from && day < today) visits++;
    if (visits >= norm) continue;
    findings.push(
      findingAt("W13", nameCell(history), {
        args: { name: history.name, class: classed.class, visits, norm, workingDays: NORM_WORKING_DAYS },
      }),
    );
  }
  return findings;
}
