/**
 * The customer-management model (SPEC §8.4, §8.5): what the Customers sheet, the pane's Customers
 * screen, the Weekly report lines and `rollup --json` (`customers`) show. Dates are Day serials.
 */
import type { CustomerStatusKey, CustomerTypeKey, LostReasonKey } from "../../model";
import type { Day } from "../../periods/day";
import type { CustomerClass } from "./thresholds";

/** Why a customer line is flagged: silent (W10), under its class's visit norm (W13), lost. */
export type CustomerFlag = "silent" | "underVisited" | "lost";

/** One customer of the Customers list, for the view. */
export interface CustomerLine {
  /** Worksheet row of the customer in Customers (the pane selects it). */
  readonly row: number;
  readonly id: string | null;
  readonly name: string;
  readonly type: CustomerTypeKey | null;
  readonly region: string | null;
  readonly owner: string | null;
  readonly status: CustomerStatusKey | null;
  readonly class: CustomerClass | null;
  readonly firstOrder: Day | null;
  readonly lastOrder: Day | null;
  readonly lastVisit: Day | null;
  /** As-of date − last visit, in calendar days; null when never visited. */
  readonly daysSinceVisit: number | null;
  /** In the view (its first day up to the as-of date). */
  readonly visits: number;
  readonly sales: number;
  readonly margin: number;
  readonly collections: number;
  /** Over the 365 days ending on the as-of date. */
  readonly trailingSales: number;
  readonly trailingMargin: number;
  /** Complaints received by the as-of date and not closed by it. */
  readonly openComplaints: number;
  /** Overall score of the latest survey whose Overall is on its scale. */
  readonly latestOverall: number | null;
  readonly lifetimeValue: number | null;
  readonly flags: readonly CustomerFlag[];
  /** Visit coverage in the view: visits ÷ (class norm × elapsed working days ÷ 20); null when unclassed. */
  readonly coverage: number | null;
}

/** The ABC summary: one line per class. */
export interface ClassSummary {
  readonly class: CustomerClass;
  readonly customers: number;
  /** Trailing-12-month sales of the class. */
  readonly sales: number;
  /** Share of the classed customers' trailing-12-month sales. */
  readonly share: number | null;
  readonly lifetimeValueMean: number | null;
  readonly lifetimeValueTotal: number;
}

/** Lifetime value of the classed customers of one region. */
export interface RegionValue {
  readonly region: string;
  readonly customers: number;
  readonly lifetimeValueMean: number | null;
  readonly lifetimeValueTotal: number;
}

/** Customer development of one salesperson (the customers' Owner) or, with salesperson null, a region. */
export interface DevelopmentLine {
  readonly salesperson: string | null;
  readonly region: string | null;
  readonly prospectsAtStart: number;
  readonly prospectsAdded: number;
  readonly won: number;
  readonly conversion: number | null;
  readonly daysToFirstOrder: number | null;
  readonly newCustomerVisitsPerWin: number | null;
}

export type SatisfactionLevel = "company" | "region" | "salesperson" | "month";

export interface SatisfactionLine {
  readonly level: SatisfactionLevel;
  /** Region or salesperson name, month as YYYY-MM; empty for the company. */
  readonly name: string;
  readonly surveys: number;
  readonly csat: number | null;
  readonly satisfiedShare: number | null;
  /** Points, −100 … 100. */
  readonly nps: number | null;
}

export interface ComplaintFigures {
  readonly received: number;
  readonly closedShare: number | null;
  readonly medianDaysToClose: number | null;
  readonly satisfiedShare: number | null;
}

export interface LostReasonLine {
  readonly reason: LostReasonKey;
  readonly customers: number;
  readonly lostSales: number;
  /** The improvements written for this reason in the view, distinct, in row order. */
  readonly improvements: readonly string[];
}

export interface ChurnFigures {
  /** Lost in the trailing 12 months ÷ active at its start; null when nobody was active then. */
  readonly rate: number | null;
  readonly activeAtStart: number;
  readonly lostInWindow: number;
  readonly expectedLifetimeYears: number;
  /** Customers lost in the view. */
  readonly lost: number;
  readonly lostSales: number;
  /** Largest lost sales first (the Pareto to improve from). */
  readonly reasons: readonly LostReasonLine[];
  readonly interviewedShare: number | null;
  readonly wonBack: number;
}

/** A silent customer to call, A class first. */
export interface SilentCustomer {
  readonly row: number;
  readonly name: string;
  readonly class: CustomerClass | null;
  readonly owner: string | null;
  readonly region: string | null;
  readonly lastVisit: Day | null;
  readonly lastOrder: Day | null;
  readonly daysSinceVisit: number | null;
  readonly trailingSales: number;
}

/** Everything the customer rollup shows. */
export interface CustomersModel {
  readonly lines: readonly CustomerLine[];
  readonly classes: readonly ClassSummary[];
  readonly regions: readonly RegionValue[];
  readonly development: readonly DevelopmentLine[];
  readonly satisfaction: readonly SatisfactionLine[];
  readonly complaints: ComplaintFigures;
  readonly churn: ChurnFigures;
  readonly silent: readonly SilentCustomer[];
}
