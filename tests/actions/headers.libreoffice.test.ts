/**
 * SPEC §1 "Headers as they are", checked by a real engine on both paths: the same rollup, over
 * workbooks whose headers are in Chinese, in English, mixed, not at A1, or left from a set-up in the
 * other language, is written through Office.js (the Excel double, saved as .xlsx by the bridge) and
 * by `salespace rollup` (.xlsx), then LibreOffice recalculates every formula cell. Each one must come
 * out as the core computed it (add-in path: the plan's value; CLI path: the cached value), and every
 * dropdown name must resolve to its column.
 */
import { join } from "node:path";
import { refreshRollups } from "../../src/core/actions";
import { ownedSheetName } from "../../src/core/plan";
import type { OwnedSheetPlan } from "../../src/core/plan/types";
import type { Lang } from "../../src/core/schema/types";
import { createExcelPort } from "../../src/excel";
import { runCli } from "../cli/runCli";
import { NAME_CHECK_SHEET, saveDoubleAsXlsx } from "../support/doubleToXlsx";
import { createExcelDouble } from "../../src/excel-double";
import { readRecalculated, recalculateXlsx } from "../support/libreoffice";
import { describeWith } from "../support/programs";
import { tempFolder } from "../xlsx/workbookFiles";
import {
  type FormulaCell,
  type Outcome,
  agrees,
  cachedFormulaCells,
  planFormulaCells,
  recording,
  startFile,
  weeklyLinkHeaders,
  withNameChecks,
} from "./headerChecks";
import { AS_OF, KINDS, ROLLUP_ARGS, build } from "./headerKinds";

describeWith("soffice", "headers as found, recalculated by LibreOffice on both paths", (soffice) => {
  jest.setTimeout(600_000);
  const tmp = tempFolder();
  const outcomes = new Map<string, Outcome>();
  /** Per kind, the header above each weekly-report link's target cell (add-in path). */
  const linkedHeaders = new Map<string, string[]>();

  beforeAll(async () => {
    const inputs: string[] = [];
    const pending: {
      key: string;
      cells: FormulaCell[];
      nameChecks: Outcome["nameChecks"];
      file: string;
      lang: Lang;
    }[] = [];
    for (const kind of KINDS) {
      // Office.js path: the Excel double, saved by the bridge.
      const excel = createExcelDouble({ tables: kind.seed });
      const plans: OwnedSheetPlan[] = [];
      const ctx = await build(kind, recording(createExcelPort(excel.host), plans));
      const rollup = await refreshRollups.run(ctx, { period: "2026-11", asOf: AS_OF });
      linkedHeaders.set(kind.name, weeklyLinkHeaders(excel.workbook, rollup.lang));
      const addin = tmp.file(`addin-${kind.name}.xlsx`);
      const addinChecks = await saveDoubleAsXlsx(excel.workbook, addin, { checkNames: true });
      pending.push({
        key: `addin ${kind.name}`,
        cells: planFormulaCells(plans),
        nameChecks: addinChecks,
        file: addin,
        lang: rollup.lang,
      });
      inputs.push(addin);

      // Command-line path: set up and filled with the .xlsx adapter, rolled up by `salespace rollup`.
      const start = tmp.file(`start-${kind.name}.xlsx`);
      const port = await startFile(kind, start);
      await build(kind, port);
      await port.save(start);
      const cli = tmp.file(`cli-${kind.name}.xlsx`);
      const run = await runCli(["rollup", start, ...ROLLUP_ARGS, "--out", cli, "--json", "--quiet"]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const checked = tmp.file(`cli-names-${kind.name}.xlsx`);
      const cliChecks = await withNameChecks(cli, checked);
      const cliCells = await cachedFormulaCells(cli);
      const cliLang = cliCells.some((c) => c.sheet === ownedSheetName("scorecard", "zh")) ? "zh" : "en";
      pending.push({
        key: `cli ${kind.name}`,
        cells: cliCells,
        nameChecks: cliChecks,
        file: cli,
        lang: cliLang,
      });
      pending.push({
        key: `cli-names ${kind.name}`,
        cells: [],
        nameChecks: cliChecks,
        file: checked,
        lang: cliLang,
      });
      inputs.push(cli, checked);
    }
    const outputs = await recalculateXlsx(soffice, inputs, join(tmp.dir, "lo"));
    pending.forEach((p) => {
      outcomes.set(p.key, {
        cells: p.cells,
        nameChecks: p.nameChecks,
        lang: p.lang,
        recalculated: outputs[inputs.indexOf(p.file)],
      });
    });
  });
  afterAll(() => tmp.remove());

  describe.each(KINDS.map((k) => [k.name, k] as const))("%s", (_name, kind) => {
    it.each(["addin", "cli"])(
      "every formula cell LibreOffice recalculates equals the core's value (%s)",
      async (path) => {
        const outcome = outcomes.get(`${path} ${kind.name}`)!;
        const book = await readRecalculated(outcome.recalculated);
        const scorecard = ownedSheetName("scorecard", kind.output);
        expect(outcome.lang).toBe(kind.output);
        expect(outcome.cells.filter((c) => c.sheet === scorecard).length).toBeGreaterThan(100);
        const wrong = outcome.cells.flatMap((c) => {
          const got = book.cell(c.sheet, c.address);
          return agrees(c.expected, got)
            ? []
            : [
                `${c.sheet}!${c.address}: core ${JSON.stringify(c.expected)}, LibreOffice ${JSON.stringify(got)}`,
              ];
        });
        console.log(
          `${kind.name} ${path}: ${outcome.cells.length} formula cells recalculated, ${outcome.cells.length - wrong.length} agree`,
        );
        expect(wrong.slice(0, 10)).toEqual([]);
      },
    );

    it("links each open item of the weekly report to its description, where the table is", () => {
      const headers = linkedHeaders.get(kind.name)!;
      expect(headers.length).toBeGreaterThan(0);
      for (const header of headers) expect(["Description", "情况描述", "投诉内容"]).toContain(header);
    });

    it.each(["addin", "cli-names"])("every dropdown name resolves to its column (%s)", async (path) => {
      const outcome = outcomes.get(`${path} ${kind.name}`)!;
      const set = kind.steps.some((s) => "setup" in s);
      expect(outcome.nameChecks.length).toBe(set ? 4 : 0);
      const book = await readRecalculated(outcome.recalculated);
      outcome.nameChecks.forEach((check, i) => {
        const rows = book.cell(NAME_CHECK_SHEET, `B${i + 1}`);
        expect([check.name, typeof rows === "number" && rows > 0]).toEqual([check.name, true]);
        if (check.rows !== null) expect(rows).toBe(check.rows);
      });
    });
  });
});
