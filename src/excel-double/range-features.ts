/**
 * Data validation and conditional formats on a range in the double.
 * https://learn.microsoft.com/javascript/api/excel/excel.datavalidation (ExcelApi 1.8)
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection (ExcelApi 1.6)
 */
import { contains, intersects } from "./address";
import { notInDouble, officeError } from "./errors";
import { checkIfFormula } from "./formula-check";
import type { RangeDouble, RangeTarget } from "./range";
import type { ConditionalFormatState, ValidationState } from "./sheet-state";

const RULE_TYPES: Readonly<Record<string, string>> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

type Prompt = { showPrompt: boolean; title: string; message: string };

export class DataValidationDouble {
  private readonly loaded = new Map<string, unknown>();

  constructor(private readonly range: RangeDouble) {}

  private validation(target: RangeTarget): ValidationState {
    const { sheet, rect } = target;
    let v = sheet.validations.find(
      (x) =>
        x.rect.top === rect.top &&
        x.rect.left === rect.left &&
        x.rect.bottom === rect.bottom &&
        x.rect.right === rect.right,
    );
    if (!v) {
      // Setting validation replaces what was inside the range.
      for (let i = sheet.validations.length - 1; i >= 0; i--)
        if (contains(rect, sheet.validations[i].rect)) sheet.validations.splice(i, 1);
      v = { rect, rule: null, prompt: null, errorAlert: null };
      sheet.validations.push(v);
    }
    return v;
  }

  private change(args: unknown, apply: (v: ValidationState) => void): void {
    this.range.context.enqueue(args, true, () => {
      this.range.context.requireApi(8, "Range.dataValidation");
      const target = this.range.resolve();
      target.sheet.assertWritable();
      apply(this.validation(target));
    });
  }

  /** A rule has exactly one kind; a comma-list source is at most 255 characters (Excel's limit). */
  set rule(rule: Record<string, unknown>) {
    this.change(rule, (v) => {
      const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
      if (kinds.length !== 1 || !(kinds[0] in RULE_TYPES)) {
        throw officeError("InvalidArgument", "A data validation rule takes exactly one of its types.");
      }
      const list = rule.list as { source?: unknown } | undefined;
      if (
        list &&
        typeof list.source === "string" &&
        !list.source.startsWith("=") &&
        list.source.length > 255
      ) {
        throw officeError("InvalidArgument", "A list source of more than 255 characters is not allowed.");
      }
      // A source or bound given as a formula (`=SP_Customers`, `=A3`) is checked like a cell formula.
      // https://learn.microsoft.com/javascript/api/excel/excel.datavalidationrule
      const detail = rule[kinds[0]] as Record<string, unknown> | undefined;
      for (const key of ["source", "formula", "formula1", "formula2"])
        checkIfFormula(this.range.context.book, detail?.[key]);
      v.rule = rule;
    });
  }

  /** Input message: title ≤ 32 characters, message ≤ 255 (Excel's dialog limits). */
  set prompt(prompt: Prompt) {
    this.change(prompt, (v) => {
      if ((prompt.title ?? "").length > 32 || (prompt.message ?? "").length > 255) {
        throw officeError("InvalidArgument", "The input message title or text is too long.");
      }
      v.prompt = {
        showPrompt: prompt.showPrompt ?? false,
        title: prompt.title ?? "",
        message: prompt.message ?? "",
      };
    });
  }

  set errorAlert(alert: Record<string, unknown>) {
    this.change(alert, (v) => (v.errorAlert = alert));
  }

  get type(): string {
    return this.value("type");
  }
  get prompt(): Prompt {
    return this.value("prompt");
  }

  private value<V>(prop: string): V {
    if (!this.loaded.has(prop))
      throw officeError("PropertyNotLoaded", `DataValidation.${prop} is not loaded.`);
    return this.loaded.get(prop) as V;
  }

  load(props: string): this {
    const list = props.split(",").map((p) => p.trim());
    const context = this.range.context;
    context.enqueue(
      list,
      false,
      () => {
        context.requireApi(8, "Range.dataValidation");
        const { sheet, rect } = this.range.resolve();
        const touching = sheet.validations.filter((v) => intersects(v.rect, rect));
        const whole = touching.length === 1 && contains(touching[0].rect, rect) ? touching[0] : null;
        const staged = new Map<string, unknown>();
        for (const prop of list) {
          if (prop === "type") {
            staged.set(
              prop,
              touching.length === 0
                ? "None"
                : whole
                  ? whole.rule
                    ? RULE_TYPES[Object.keys(whole.rule)[0]]
                    : "None"
                  : "Inconsistent",
            );
          } else if (prop === "prompt") {
            staged.set(prop, whole?.prompt ?? { showPrompt: false, title: "", message: "" });
          } else throw notInDouble(`DataValidation.${prop}`);
        }
        context.onSynced(() => staged.forEach((v, k) => this.loaded.set(k, v)));
        return 64;
      },
      true,
    );
    return this;
  }
}

export class ConditionalFormatsDouble {
  constructor(private readonly range: RangeDouble) {}

  add(type: string): {
    custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  } {
    if (type !== "Custom") throw notInDouble(`conditionalFormats.add("${type}")`);
    const context = this.range.context;
    let state: ConditionalFormatState | undefined;
    context.enqueue(type, true, () => {
      context.requireApi(6, "conditionalFormats.add");
      const { sheet, rect } = this.range.resolve();
      sheet.assertWritable();
      state = { rect, formula: "", fill: "", fontColor: "" };
      sheet.conditionalFormats.push(state);
    });
    const set = (apply: (s: ConditionalFormatState) => void) => (value: unknown) =>
      context.enqueue(value, true, () => {
        if (!state) throw officeError("InvalidObjectPath", "The conditional format was not created.");
        apply(state);
      });
    // The rule's formula is checked like a cell formula (relative to the range's top-left cell).
    // https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatrule
    const setFormula = (value: string) =>
      set((s) => {
        checkIfFormula(context.book, value);
        s.formula = value;
      })(value);
    const setFill = (value: string) => set((s) => (s.fill = value))(value);
    const setFont = (value: string) => set((s) => (s.fontColor = value))(value);
    return {
      custom: {
        rule: setterObject<{ formula: string }>({ formula: setFormula }),
        format: {
          fill: setterObject<{ color: string }>({ color: setFill }),
          font: setterObject<{ color: string }>({ color: setFont }),
        },
      },
    };
  }

  /** Removes every conditional format that applies to cells of the range (ExcelApi 1.6). */
  clearAll(): void {
    const context = this.range.context;
    context.enqueue(undefined, true, () => {
      context.requireApi(6, "conditionalFormats.clearAll");
      const { sheet, rect } = this.range.resolve();
      sheet.assertWritable();
      const kept = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
      sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
    });
  }
}

function setterObject<T extends object>(setters: Record<string, (value: never) => void>): T {
  return new Proxy({} as T, {
    set: (_t, key: string, value) => {
      const setter = setters[key];
      if (!setter) throw notInDouble(`setting ${key}`);
      setter(value as never);
      return true;
    },
  });
}
