/**
 * Each port has only the capabilities it can carry out, and each action names the ones it needs: running
 * an action over a port that lacks one is a type error (each `@ts-expect-error` below is one that
 * `npm run typecheck` must keep rejecting), not a method that throws when called.
 */
import {
  type ActionContext,
  type BookInspector,
  checkWorkbook,
  fillSampleData,
  refreshRollups,
  setUpWorkbook,
  validateWorkbook,
  writeSplit,
} from "../../src/core/actions";
import { applySuggestion } from "../../src/core/actions/correct";
import { createXlsxPort, openXlsxReader } from "../../src/xlsx";
import { openXlsxRollup } from "../../src/xlsx/rollupPort";
import { dayFromIso } from "../support/day";
import { tempFolder } from "../xlsx/workbookFiles";

const TODAY = dayFromIso("2026-11-20");
const tmp = tempFolder("salespace-capabilities-");
afterAll(() => tmp.remove());

const contextOver = <P extends BookInspector>(port: P): ActionContext<P> => ({
  port,
  today: TODAY,
  lang: "zh",
});

/** A set-up workbook with sample data, saved to a file. */
async function sampleFile(): Promise<string> {
  const path = tmp.file("sample.xlsx");
  const book = createXlsxPort();
  const ctx = contextOver(book);
  await setUpWorkbook.run(ctx, { lang: "zh" });
  await fillSampleData.run(ctx, { people: 3, days: 10, seed: 7, messy: 0.2 });
  await book.save(path);
  return path;
}

const methodsOf = (port: object): string[] =>
  [...Object.keys(port), ...Object.getOwnPropertyNames(Object.getPrototypeOf(port) as object)].filter(
    (name) => typeof (port as Record<string, unknown>)[name] === "function" && name !== "constructor",
  );

describe("port capabilities", () => {
  it("a streaming reader only inspects and reads, and validates a workbook without writing", async () => {
    const path = await sampleFile();
    const reader = openXlsxReader(path);
    expect(methodsOf(reader).sort()).toEqual(expect.arrayContaining(["inspect", "readTables"]));
    for (const write of ["appendRows", "appendTables", "applySetup", "writeSettings", "replaceOwnedSheets"])
      expect(methodsOf(reader)).not.toContain(write);
    const checked = await checkWorkbook.run(contextOver(reader), {});
    expect(checked.counts.error + checked.counts.warning).toBeGreaterThan(0);

    // The same findings as Validate over a port that could also have written the Validation sheet.
    const rollup = openXlsxRollup(path);
    const validated = await validateWorkbook.run(contextOver(rollup), { writeSheet: false });
    expect(validated.findings).toEqual(checked.findings);
  });

  it("a rollup port reads and rebuilds owned sheets, and has nothing that edits people's tables", async () => {
    const path = await sampleFile();
    const port = openXlsxRollup(path);
    for (const write of [
      "appendRows",
      "appendTables",
      "applySetup",
      "writeSettings",
      "selectCell",
      "correctCell",
    ])
      expect(methodsOf(port)).not.toContain(write);
    const result = await refreshRollups.run(contextOver(port), { period: "2026-11" });
    expect(result.sheets.length).toBeGreaterThan(0);
  });

  it("turns an action over a port without its capabilities into a type error", async () => {
    const path = await sampleFile();
    const reader = contextOver(openXlsxReader(path));
    const rollup = contextOver(openXlsxRollup(path));
    const book = contextOver(createXlsxPort());
    const refused = [
      // @ts-expect-error a reader cannot rebuild the rollup sheets.
      () => refreshRollups.run(reader, {}),
      // @ts-expect-error nor write the Validation sheet (checkWorkbook is Validate for a reader).
      () => validateWorkbook.run(reader, { writeSheet: true }),
      // @ts-expect-error a rollup port cannot append the split tool's rows to Targets.
      () => writeSplit.run(rollup, { children: [] }),
      // @ts-expect-error nor set a workbook up.
      () => setUpWorkbook.run(rollup, {}),
      // @ts-expect-error a file on the command line has no one to confirm a suggestion.
      () => applySuggestion.run(book, null as never),
    ];
    expect(refused).toHaveLength(5);
  });
});
