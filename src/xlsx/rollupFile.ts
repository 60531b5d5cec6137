/**
 * Writing rollups into a big workbook without loading it ("zip surgery"): every entry of the input
 * is copied as it is (its compressed bytes, never inflated), except the old owned sheets and the
 * parts only they use (their tables, drawings…), which are left out, and the few parts that list
 * sheets or styles, which are edited: xl/workbook.xml, its relationships, [Content_Types].xml,
 * docProps/app.xml and xl/styles.xml. The new sheets and their table parts are added at the end.
 * The calculation chain is left out too: it lists cells of sheets that no longer exist, and Excel
 * rebuilds it on the next calculation.
 */
import { readFile } from "node:fs/promises";
import { posix } from "node:path";
import type { OwnedSheetPlan } from "../core/plan/types";
import { matchKey } from "../core/text/fold";
import { CorruptPackage } from "./corruptPackage";
import type { RenderedSheet } from "./ownedSheetXml";
import {
  editAppSheetList,
  editContentTypes,
  editRelationships,
  parseRelationships,
  partsLeavingWith,
  relationshipsXml,
  relsPartOf,
  sourceOfRels,
  TABLE_CONTENT,
  TABLE_TYPE,
  WORKSHEET_CONTENT,
  WORKSHEET_TYPE,
  type Relationship,
} from "./packageParts";
import { StylesPart } from "./stylesPart";
import { printTitlesFormula } from "./pageSetup";
import { swapWorkbookSheets, workbookSheets } from "./workbookPart";
import { inflateEntry, readZipDirectory, ZipWriter, type ZipDirectoryEntry } from "./zip";

const WORKBOOK = "xl/workbook.xml";
const CONTENT_TYPES = "[Content_Types].xml";
const APP = "docProps/app.xml";
const CALC_CHAIN = "xl/calcChain.xml";

/** The input workbook, its directory read (compressed bytes only), ready to take new owned sheets. */
export interface RollupTarget {
  readonly entries: readonly ZipDirectoryEntry[];
  readonly styles: StylesPart;
  readonly stylesPart: string;
  /** Sheet names in tab order. */
  readonly sheets: readonly string[];
}

function textOf(entries: ReadonlyMap<string, ZipDirectoryEntry>, name: string): string {
  const entry = entries.get(name);
  if (!entry) throw new CorruptPackage(`no ${name} in the package`);
  return inflateEntry(entry).toString("utf8");
}

function relationshipsOf(entries: readonly ZipDirectoryEntry[]): Map<string, Relationship[]> {
  const all = new Map<string, Relationship[]>();
  for (const entry of entries) {
    const source = sourceOfRels(entry.name);
    if (source === null || !entry.name.endsWith(".rels")) continue;
    all.set(source, parseRelationships(source, inflateEntry(entry).toString("utf8")));
  }
  return all;
}

/**
 * Reads the directory of `path` and its styles part.
 * @throws CorruptPackage when the package lacks a part the swap edits (workbook, its relationships, content types, styles).
 */
export async function openRollupTarget(path: string): Promise<RollupTarget> {
  const entries = readZipDirectory(await readFile(path));
  const byName = new Map(entries.map((e) => [e.name, e]));
  // Parts the swap edits: missing ones make the file unreadable, said before anything is written.
  for (const part of [CONTENT_TYPES, relsPartOf(WORKBOOK)]) textOf(byName, part);
  const workbookRels = relationshipsOf(entries.filter((e) => e.name === relsPartOf(WORKBOOK))).get(WORKBOOK);
  const stylesPart = workbookRels?.find((r) => r.type.endsWith("/styles"))?.target ?? "xl/styles.xml";
  return {
    entries,
    styles: new StylesPart(textOf(byName, stylesPart)),
    stylesPart,
    sheets: workbookSheets(textOf(byName, WORKBOOK)).map((s) => s.name),
  };
}

/** Every name an owned sheet may have (either language), folded as the in-memory path folds them. */
function ownedKeys(plans: readonly OwnedSheetPlan[]): Set<string> {
  return new Set(plans.flatMap((p) => [p.name, ...p.altNames]).map(matchKey));
}

function nextNumber(entries: readonly ZipDirectoryEntry[], pattern: RegExp): () => number {
  let n = 0;
  for (const e of entries) n = Math.max(n, Number(pattern.exec(e.name)?.[1] ?? 0));
  return () => ++n;
}

/** Table ids are unique across the workbook: the next after every kept table's. */
function nextTableId(entries: readonly ZipDirectoryEntry[], leaving: ReadonlySet<string>): () => number {
  let id = 0;
  for (const e of entries) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(e.name) || leaving.has(e.name)) continue;
    id = Math.max(id, Number(/<table\b[^>]*?\sid="(\d+)"/.exec(inflateEntry(e).toString("utf8"))?.[1] ?? 0));
  }
  return () => ++id;
}

/**
 * Writes the target with `sheets` (rendered against `target.styles`) in place of the old owned sheets
 * into the zip file `temp`.
 */
export async function writeRollupPackage(
  target: RollupTarget,
  sheets: readonly RenderedSheet[],
  temp: string,
): Promise<void> {
  const { entries } = target;
  const byName = new Map(entries.map((e) => [e.name, e]));
  const relationships = relationshipsOf(entries);
  const workbookRels = relationships.get(WORKBOOK) ?? [];
  const workbookXml = textOf(byName, WORKBOOK);
  const owned = ownedKeys(sheets.map((s) => s.plan));
  const before = workbookSheets(workbookXml);
  const droppedIndexes = new Set(before.flatMap((s, i) => (owned.has(matchKey(s.name)) ? [i] : [])));
  const droppedRelIds = new Set(before.filter((_, i) => droppedIndexes.has(i)).map((s) => s.relId));
  const droppedParts = new Set(workbookRels.filter((r) => droppedRelIds.has(r.id)).map((r) => r.target));
  const leaving = partsLeavingWith(droppedParts, relationships);
  const chain = workbookRels.find((r) => r.target === CALC_CHAIN);
  if (chain) {
    leaving.add(CALC_CHAIN);
    droppedRelIds.add(chain.id);
  }

  const sheetNumber = nextNumber(entries, /^xl\/worksheets\/sheet(\d+)\.xml$/);
  const tableNumber = nextNumber(entries, /^xl\/tables\/table(\d+)\.xml$/);
  const tableId = nextTableId(entries, leaving);
  const usedRelIds = new Set(workbookRels.map((r) => r.id));
  let relCounter = 0;
  const newRelId = (): string => {
    let id: string;
    do id = `rIdSP${++relCounter}`;
    while (usedRelIds.has(id));
    return id;
  };
  const added = sheets.map((sheet) => {
    const part = `xl/worksheets/sheet${sheetNumber()}.xml`;
    const tables = sheet.tables.map((table, i) => ({
      table,
      relId: `rId${i + 1}`,
      part: `xl/tables/table${tableNumber()}.xml`,
    }));
    return { sheet, part, relId: newRelId(), tables };
  });

  const edited = new Map<string, string>();
  edited.set(
    WORKBOOK,
    swapWorkbookSheets(
      workbookXml,
      droppedIndexes,
      added.map((a) => ({
        name: a.sheet.plan.name,
        relId: a.relId,
        printTitles: printTitlesFormula(a.sheet.plan.name, a.sheet.plan.page),
      })),
    ),
  );
  edited.set(
    relsPartOf(WORKBOOK),
    editRelationships(
      textOf(byName, relsPartOf(WORKBOOK)),
      droppedRelIds,
      added.map((a) => ({ id: a.relId, type: WORKSHEET_TYPE, target: posix.relative("xl", a.part) })),
    ),
  );
  edited.set(
    CONTENT_TYPES,
    editContentTypes(textOf(byName, CONTENT_TYPES), leaving, [
      ...added.map((a) => ({ part: a.part, contentType: WORKSHEET_CONTENT })),
      ...added.flatMap((a) => a.tables.map((t) => ({ part: t.part, contentType: TABLE_CONTENT }))),
    ]),
  );
  if (byName.has(APP)) {
    const after = [
      ...before.filter((_, i) => !droppedIndexes.has(i)).map((s) => s.name),
      ...added.map((a) => a.sheet.plan.name),
    ];
    edited.set(
      APP,
      editAppSheetList(
        textOf(byName, APP),
        before.map((s) => s.name),
        after,
      ),
    );
  }
  edited.set(target.stylesPart, target.styles.xml());

  const zip = new ZipWriter(temp);
  try {
    for (const entry of entries) {
      const source = sourceOfRels(entry.name);
      if (leaving.has(entry.name) || (source !== null && leaving.has(source))) continue;
      const text = edited.get(entry.name);
      if (text === undefined) await zip.addRaw(entry);
      else await zip.add(entry.name, async (push) => push(text));
    }
    for (const a of added) {
      await zip.add(a.part, async (push) => {
        for (const piece of a.sheet.pieces(a.tables.map((t) => t.relId))) await push(piece);
      });
      if (a.tables.length === 0) continue;
      const rels = a.tables.map((t) => ({
        id: t.relId,
        type: TABLE_TYPE,
        target: posix.relative(posix.dirname(a.part), t.part),
      }));
      await zip.add(relsPartOf(a.part), async (push) => push(relationshipsXml(rels)));
      for (const t of a.tables) {
        const xml = t.table.xml(tableId());
        await zip.add(t.part, async (push) => push(xml));
      }
    }
    await zip.close();
  } catch (error) {
    zip.destroy();
    throw error;
  }
}
