/**
 * Damaged workbooks (issue #8, part 4): people delete, rename and rearrange things in a shared
 * workbook. A template table deleted, turned into a plain range or renamed; a required column deleted
 * or renamed; a protected sheet; a sheet named like a SalesPace sheet that holds someone's work —
 * each stops Validate and Refresh rollups with a named error that says what to do, and nothing is
 * written. A moved column or an extra column is no damage: everything works as before.
 */
import { describeError } from "../../src/core/i18n/errorText";
import {
  type ActionContext,
  fillSampleData,
  refreshRollups,
  setUpWorkbook,
  validateWorkbook,
} from "../../src/core/actions";
import { type ErrorCodeName, isSalesPaceError } from "../../src/core/errors";
import type { Finding } from "../../src/core/validate/finding";
import type { ExcelDouble } from "../../src/excel-double";
import { type Bench, TODAY, bench, filledBench, fingerprint } from "./workbench";

type Damage = (excel: ExcelDouble) => void;

function tableOf(excel: ExcelDouble, name: string) {
  const table = excel.workbook.table(name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

/** The table goes; its cells stay (what Table Design › Convert to Range does). */
function convertToRange(name: string): Damage {
  return (excel) => {
    const table = tableOf(excel, name);
    excel.workbook.tables.splice(excel.workbook.tables.indexOf(table), 1);
  };
}

/** Table and cells go (select the table, Delete). */
function deleteTable(name: string): Damage {
  return (excel) => {
    const table = tableOf(excel, name);
    for (let r = table.rect.top; r <= table.rect.bottom; r++)
      for (let c = table.rect.left; c <= table.rect.right; c++) table.sheet.put(r, c, "");
    convertToRange(name)(excel);
  };
}

function renameTable(name: string, to: string): Damage {
  return (excel) => {
    tableOf(excel, name).name = to;
  };
}

function headerIndex(excel: ExcelDouble, table: string, header: string): number {
  const index = excel.workbook.headers(tableOf(excel, table)).findIndex((h) => h === header);
  if (index < 0) throw new Error(`no column ${header} in ${table}`);
  return index;
}

/** Right-click › Delete › Table Columns: the cells to the right move left, the table narrows. */
function deleteColumn(table: string, header: string): Damage {
  return (excel) => {
    const t = tableOf(excel, table);
    const at = t.rect.left + headerIndex(excel, table, header);
    for (let r = t.rect.top; r <= t.rect.bottom; r++) {
      for (let c = at; c < t.rect.right; c++) t.sheet.put(r, c, t.sheet.value(r, c + 1));
      t.sheet.put(r, t.rect.right, "");
    }
    t.rect = { ...t.rect, right: t.rect.right - 1 };
  };
}

function renameColumn(table: string, header: string, to: string): Damage {
  return (excel) => {
    const t = tableOf(excel, table);
    t.sheet.put(t.rect.top, t.rect.left + headerIndex(excel, table, header), to);
  };
}

/** Swaps two columns, header and data (a cut-and-insert of whole columns). */
function swapColumns(table: string, a: string, b: string): Damage {
  return (excel) => {
    const t = tableOf(excel, table);
    const ca = t.rect.left + headerIndex(excel, table, a);
    const cb = t.rect.left + headerIndex(excel, table, b);
    for (let r = t.rect.top; r <= t.rect.bottom; r++) {
      const va = t.sheet.value(r, ca);
      t.sheet.put(r, ca, t.sheet.value(r, cb));
      t.sheet.put(r, cb, va);
    }
  };
}

/** A column added at the table's right end with someone's notes in it. */
function extraColumn(table: string, header: string): Damage {
  return (excel) => {
    const t = tableOf(excel, table);
    excel.workbook.addTableColumn(t, header);
    for (let r = t.rect.top + 1; r <= t.rect.bottom; r++) t.sheet.put(r, t.rect.right, `=note ${r}`);
  };
}

function protect(sheet: string): Damage {
  return (excel) => {
    const s = excel.workbook.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    s.protected = true;
  };
}

/** Someone's own sheet under the name a SalesPace sheet will take. */
function ownSheetNamed(name: string): Damage {
  return (excel) => {
    const sheet = excel.workbook.addSheet(name);
    sheet.put(0, 0, "My private forecast");
    sheet.put(1, 0, 1200);
  };
}

const validate = (ctx: ActionContext) => validateWorkbook.run(ctx, { writeSheet: true });
const refresh = (ctx: ActionContext) => refreshRollups.run(ctx, { period: "2026-11", asOf: TODAY });

interface Case {
  readonly what: string;
  readonly damage: Damage;
  readonly code: ErrorCodeName;
  /** Words the sentence must contain: the thing named and what to do. */
  readonly says: RegExp[];
}

const REFUSED: readonly Case[] = [
  {
    what: "the DailyReport table deleted",
    damage: deleteTable("DailyReport"),
    code: "TableMissing",
    says: [/DailyReport/, /Set up workbook/],
  },
  {
    what: "the Customers table converted to a plain range",
    damage: convertToRange("Customers"),
    code: "TableMissing",
    says: [/Customers/, /Set up workbook/],
  },
  {
    what: "the VisitPlan table renamed to Table7",
    damage: renameTable("VisitPlan", "Table7"),
    code: "TableMissing",
    says: [/VisitPlan/, /rename|Set up workbook/i],
  },
  {
    what: "the required Salesperson column deleted from DailyReport",
    damage: deleteColumn("DailyReport", "Salesperson"),
    code: "ColumnMissing",
    says: [/DailyReport/, /Salesperson/, /Add a column|Set up workbook/],
  },
  {
    what: "the required Target column renamed to Goal",
    damage: renameColumn("Targets", "Target", "Goal"),
    code: "ColumnMissing",
    says: [/Targets/, /“Goal” stands where that column was/, /Rename “Goal” back to “Target”/],
  },
  {
    what: "the required Salesperson header of DailyReport renamed to Rep",
    damage: renameColumn("DailyReport", "Salesperson", "Rep"),
    code: "ColumnMissing",
    says: [/DailyReport/, /Rename “Rep” back to “Salesperson” \(or “销售员”\)/],
  },
  {
    what: "someone's own sheet named Scorecard",
    damage: ownSheetNamed("Scorecard"),
    code: "SheetNameTaken",
    says: [/Scorecard/, /Rename or remove/],
  },
  {
    what: "someone's own sheet named Weekly report",
    damage: ownSheetNamed("Weekly report"),
    code: "SheetNameTaken",
    says: [/Weekly report/, /Rename or remove/],
  },
  {
    what: "someone's own sheet named Validation",
    damage: ownSheetNamed("Validation"),
    code: "SheetNameTaken",
    says: [/Validation/, /Rename or remove/],
  },
];

let cases = 0;
afterAll(() => console.log(`damaged workbooks: ${cases} cases`));

describe.each(REFUSED)("a workbook with $what", ({ damage, code, says, what }) => {
  let b: Bench;
  beforeEach(async () => {
    b = await filledBench();
    damage(b.excel);
  });

  const commands = /Validation/.test(what)
    ? ([["Validate", validate]] as const)
    : /Scorecard|Weekly/.test(what)
      ? ([["Refresh rollups", refresh]] as const)
      : ([
          ["Validate", validate],
          ["Refresh rollups", refresh],
        ] as const);

  it.each(commands)(
    "%s stops with a named error that says what to do, writing nothing",
    async (_, command) => {
      cases++;
      const before = fingerprint(b.excel);
      const error = await command(b.ctx).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isSalesPaceError(error) ? error.code : error).toBe(code);
      for (const word of says) expect((error as Error).message).toMatch(word);
      expect(fingerprint(b.excel) === before).toBe(true);
    },
  );
});

describe("a workbook that was rearranged but not damaged", () => {
  it("reads a moved column and ignores an extra one: same findings (pointing where the column went), same figures", async () => {
    cases += 2;
    const plain = await filledBench();
    const expected = await validate(plain.ctx);
    const expectedRollup = await refresh(plain.ctx);

    const b = await filledBench();
    swapColumns("DailyReport", "Order amount", "Salesperson")(b.excel);
    extraColumn("DailyReport", "My notes")(b.excel);
    const found = await validate(b.ctx);
    const withoutCell = (findings: readonly Finding[]) => findings.map(({ cell: _cell, ...rest }) => rest);
    expect(withoutCell(found.findings)).toEqual(withoutCell(expected.findings));
    // The swap put Salesperson where Order amount was (H) and Order amount in B: findings point there.
    const moved = found.findings.filter(
      (f) =>
        f.table === "DailyReport" &&
        f.row !== null &&
        (f.column === "salesperson" || f.column === "orderAmount"),
    );
    expect(moved.length).toBeGreaterThan(0);
    for (const f of moved) expect(f.cell?.address).toBe(`${f.column === "salesperson" ? "H" : "B"}${f.row}`);
    const rollup = await refresh(b.ctx);
    expect(rollup.scorecard).toEqual(expectedRollup.scorecard);
  });

  it("Set up workbook with a header renamed in place names the likely column and adds no empty one", async () => {
    cases++;
    const b = await filledBench();
    renameColumn("DailyReport", "Salesperson", "Rep")(b.excel);
    const before = fingerprint(b.excel);
    const error = await setUpWorkbook.run(b.ctx, {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isSalesPaceError(error) ? error.code : error).toBe("ColumnMissing");
    expect((error as Error).message).toMatch(/Rename “Rep” back to “Salesperson”/);
    expect(describeError(error, "zh").sentence).toMatch(/请把“Rep”改回“销售员”/);
    expect(fingerprint(b.excel) === before).toBe(true);
  });

  it("Set up workbook on a protected template sheet that lacks a column says to unprotect it, writing nothing", async () => {
    cases++;
    const b = await filledBench();
    deleteColumn("DailyReport", "Insight")(b.excel);
    protect("Daily Report")(b.excel);
    const before = fingerprint(b.excel);
    const error = await setUpWorkbook.run(b.ctx, {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isSalesPaceError(error) ? error.code : error).toBe("SheetProtected");
    expect((error as Error).message).toMatch(/Unprotect/);
    expect(fingerprint(b.excel) === before).toBe(true);
  });

  it("sample data into a protected template sheet says to unprotect it, adding no row", async () => {
    cases++;
    const fresh = bench();
    await setUpWorkbook.run(fresh.ctx, {});
    protect("Daily Report")(fresh.excel);
    const error = await fillSampleData.run(fresh.ctx, { people: 2, days: 2, seed: 1, messy: 0 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isSalesPaceError(error) ? error.code : error).toBe("SheetProtected");
    expect((error as Error).message).toMatch(/Unprotect/);
    expect(
      fresh.excel.workbook
        .tableRows("DailyReport")
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
  });
});
