/**
 * How a row of read values becomes a typed row object, one literal per table. Object literals give
 * every row of a table one fixed shape in the JavaScript engine; filling `{}` key by key from the
 * schema made 400,000 rows take several times longer (and the garbage collector with them), and
 * generating code at run time is not an option in an add-in. tests/core/read/shapes.test.ts checks
 * each literal against the schema, so a column added to tables.ts without a line here fails the build.
 */
import type { RowOf } from "../model";
import type { TableName } from "../schema/types";

export type { RowOf };

/**
 * The values of one row in schema column order, each already typed by its column's parser. `never`
 * lets each value stand for its field's type; which index feeds which field is what the test checks.
 */
export type ReadValues = readonly never[];

/** Builds one typed row from its worksheet row number, unreadable columns and values. */
export type RowShape<R> = (row: number, unreadable: ReadonlySet<string>, v: ReadValues) => R;

/** The row builder of each template table (values in the column order of schema/tables.ts). */
export const ROW_SHAPES: { readonly [T in TableName]: RowShape<RowOf[T]> } = {
  Salespeople: (row, unreadable, v) => ({
    row,
    unreadable,
    id: v[0],
    name: v[1],
    region: v[2],
    office: v[3],
    supervisor: v[4],
    active: v[5],
  }),
  Customers: (row, unreadable, v) => ({
    row,
    unreadable,
    id: v[0],
    name: v[1],
    type: v[2],
    region: v[3],
    owner: v[4],
    since: v[5],
    status: v[6],
  }),
  Products: (row, unreadable, v) => ({
    row,
    unreadable,
    code: v[0],
    name: v[1],
    category: v[2],
    unitPrice: v[3],
    unitCost: v[4],
  }),
  Calendar: (row, unreadable, v) => ({ row, unreadable, date: v[0], kind: v[1], note: v[2] }),
  Targets: (row, unreadable, v) => ({
    row,
    unreadable,
    period: v[0],
    salesperson: v[1],
    dealer: v[2],
    region: v[3],
    product: v[4],
    metric: v[5],
    target: v[6],
  }),
  VisitPlan: (row, unreadable, v) => ({
    row,
    unreadable,
    date: v[0],
    salesperson: v[1],
    customer: v[2],
    area: v[3],
    time: v[4],
    purpose: v[5],
    objective: v[6],
    approvedBy: v[7],
    approvedOn: v[8],
  }),
  DailyReport: (row, unreadable, v) => ({
    row,
    unreadable,
    date: v[0],
    salesperson: v[1],
    attendance: v[2],
    customer: v[3],
    purpose: v[4],
    result: v[5],
    product: v[6],
    orderAmount: v[7],
    grossMargin: v[8],
    collection: v[9],
    newOutlet: v[10],
    complaintHandled: v[11],
    expense: v[12],
    competitorInfo: v[13],
    customerFeedback: v[14],
    customerNews: v[15],
    insight: v[16],
    approvedBy: v[17],
    comment: v[18],
  }),
  MarketReport: (row, unreadable, v) => ({
    row,
    unreadable,
    date: v[0],
    reporter: v[1],
    region: v[2],
    customer: v[3],
    category: v[4],
    product: v[5],
    competitor: v[6],
    description: v[7],
    severity: v[8],
    affectsSales: v[9],
    action: v[10],
    escalatedTo: v[11],
    status: v[12],
    closedOn: v[13],
  }),
  Complaints: (row, unreadable, v) => ({
    row,
    unreadable,
    received: v[0],
    customer: v[1],
    salesperson: v[2],
    product: v[3],
    type: v[4],
    description: v[5],
    severity: v[6],
    handler: v[7],
    action: v[8],
    closedOn: v[9],
    customerSatisfied: v[10],
  }),
  Satisfaction: (row, unreadable, v) => ({
    row,
    unreadable,
    date: v[0],
    customer: v[1],
    salesperson: v[2],
    channel: v[3],
    productQuality: v[4],
    delivery: v[5],
    service: v[6],
    price: v[7],
    overall: v[8],
    recommend: v[9],
    comments: v[10],
  }),
  LostCustomers: (row, unreadable, v) => ({
    row,
    unreadable,
    lostOn: v[0],
    customer: v[1],
    salesperson: v[2],
    reason: v[3],
    competitor: v[4],
    interviewedOn: v[5],
    whatTheySaid: v[6],
    improvement: v[7],
    owner: v[8],
    status: v[9],
    wonBackOn: v[10],
  }),
};
