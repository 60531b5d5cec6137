/**
 * Workbook names whose formula is not a plain `$A$1:$B$9` range (e.g. `SP_Salespeople` =
 * `Salespeople[Name]`, a name over a table column that grows with the table).
 *
 * exceljs 4.4 keeps only plain ranges: its DefinedNames model setter drops any other formula, both
 * when loading a file and when a program adds one. So names of the other kind are kept beside it,
 * on this workbook instance only, and merged back into what exceljs writes.
 */
import type { Workbook } from "exceljs";

interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

interface ModelHolder {
  model: DefinedNameModel[];
}

const PLAIN_RANGE = /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/;

export interface FormulaNames {
  /** Adds or replaces a workbook-scoped name; `formula` with or without the leading `=`. */
  set(name: string, formula: string): void;
  has(name: string): boolean;
  /** A workbook-scoped name's formula with its leading `=`, or undefined when there is no such name. */
  formula(name: string): string | undefined;
  /** Names in the workbook, both kinds. */
  names(): string[];
}

/**
 * Installs the keeper on a fresh Workbook, before it is loaded, so names in the file survive.
 * @example const names = keepFormulaNames(new ExcelJS.Workbook()); names.set("SP_Regions", "=Lists!$A$2:$A$9");
 */
export function keepFormulaNames(workbook: Workbook): FormulaNames {
  const holder = workbook.definedNames as unknown as ModelHolder;
  const base = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(holder), "model");
  if (!base?.get || !base.set) throw new Error("exceljs DefinedNames has no model accessor");
  const baseGet = base.get;
  const baseSet = base.set;
  const kept = new Map<string, DefinedNameModel>();
  const isKept = (entry: DefinedNameModel): boolean =>
    entry.localSheetId === undefined &&
    entry.ranges.length > 0 &&
    !entry.ranges.every((range) => PLAIN_RANGE.test(range.split("!").pop() ?? ""));

  Object.defineProperty(holder, "model", {
    configurable: true,
    get(): DefinedNameModel[] {
      const plain = (baseGet.call(holder) as DefinedNameModel[]).filter((entry) => !kept.has(entry.name));
      return [...plain, ...kept.values()];
    },
    set(value: DefinedNameModel[]) {
      for (const entry of value) if (isKept(entry)) kept.set(entry.name, { ...entry });
      baseSet.call(
        holder,
        value.filter((entry) => !isKept(entry)),
      );
    },
  });

  return {
    set(name, formula) {
      kept.set(name, { name, ranges: [formula.replace(/^=/, "")] });
    },
    has(name) {
      return kept.has(name) || (baseGet.call(holder) as DefinedNameModel[]).some((e) => e.name === name);
    },
    formula(name) {
      const entry = holder.model.find((e) => e.name === name && e.localSheetId === undefined);
      return entry && entry.ranges.length === 1 ? `=${entry.ranges[0]}` : undefined;
    },
    names() {
      return holder.model.map((entry) => entry.name);
    },
  };
}
