/** Many workbooks as one company (SPEC §9): the company rollup and the row-level facts for export. */
export { CompanyRollup, type CompanyInput } from "./company";
export { describeDisagreement } from "./describe";
export type { CompanyFactRow } from "./facts";
export { buildCompanyPlans, companyFactsHeaders, MAX_FACT_ROWS } from "./plans";
export { targetSharesPerDay } from "./targetShares";
export type { BookSummary, CompanyModels, Disagreement } from "./types";
export { bookFacts, FACT_COLUMN_NAMES, type FactColumns } from "./exportRows";
export { CompanyClasses, type ClassOf } from "./classes";
