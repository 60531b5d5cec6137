/**
 * Realistic mistakes for the `messy` share of visit-plan and daily-report rows: one per chosen row,
 * counted per kind. Each kind names the finding SalesPace should raise for it (SPEC §2), so tests of
 * the reader and the validator can check that every injected mistake is caught, and nothing else.
 */
import { ymdOfDay } from "../periods";
import type { CellValue } from "../plan/types";
import { YES_NO } from "../schema/enums";
import type { Random } from "./random";
import type { TableWriter } from "./writer";

export type MistakeKind =
  | "textDate"
  | "unreadableDate"
  | "fullWidthAmount"
  | "misspelledCustomer"
  | "customerVariant"
  | "customerSpaces"
  | "missingSignOff"
  | "negativeAmount"
  | "requiredBlank"
  | "yesNoOtherLanguage"
  | "severeNotEscalated";

export interface MistakeInfo {
  readonly kind: MistakeKind;
  /** The finding code it should produce, or null when SalesPace reads the cell correctly (no finding). */
  readonly expect: "E01" | "E02" | "E03" | "E07" | "W03" | null;
  readonly what: string;
}

/** Every kind of mistake the demo injects, with what SalesPace should make of it. */
export const MISTAKES: readonly MistakeInfo[] = [
  {
    kind: "textDate",
    expect: null,
    what: "Date typed as year-first text (2026/11/3, 2026年11月3日): read as that date.",
  },
  { kind: "unreadableDate", expect: "E02", what: "Date typed without a year (11/3, 11月3日): not a date." },
  {
    kind: "fullWidthAmount",
    expect: null,
    what: "Order amount typed with full-width digits (１２００): read as the number.",
  },
  {
    kind: "misspelledCustomer",
    expect: "E03",
    what:
      "One character of the customer's name changed: not in the list, the real name suggested " +
      "(a report row is then also unplanned, W01; a plan row's visit also looks missed, W02).",
  },
  {
    kind: "customerVariant",
    expect: "E03",
    what: "Customer name with its Latin letters typed full-width (ＯＫ便利店): the entry, with a suggestion to type it canonically.",
  },
  {
    kind: "customerSpaces",
    expect: "E03",
    what:
      "Customer name with surrounding spaces (half-width or U+3000): the entry, with a suggestion to type it " +
      "without them (Excel's lookups and the scorecard's SUMIFS do not ignore spaces).",
  },
  {
    kind: "missingSignOff",
    expect: "W03",
    what: "The supervisor's sign-off left blank on a row that should have it (overdue once older than the set days).",
  },
  { kind: "negativeAmount", expect: "E02", what: "Order amount, expense or collection typed negative." },
  {
    kind: "requiredBlank",
    expect: "E01",
    what:
      "A required cell left empty (date, salesperson, customer, purpose or attendance; a leave row without " +
      "a salesperson also leaves that person unreported, W09).",
  },
  {
    kind: "yesNoOtherLanguage",
    expect: null,
    what:
      "New outlet typed in the other language (是/否 in an English workbook, Y/N in a Chinese one): read all " +
      "the same, since the reader accepts either language's words.",
  },
  {
    kind: "severeNotEscalated",
    expect: "E07",
    what: "A Severe market item that affects sales, with nobody in Escalated to (Market Report rows).",
  },
];

/** The same answer in the other language's word. */
const OTHER_LANGUAGE_ANSWER: ReadonlyMap<string, string> = new Map([
  [YES_NO.yes.en, YES_NO.yes.zh],
  [YES_NO.no.en, YES_NO.no.zh],
  [YES_NO.yes.zh, YES_NO.yes.en],
  [YES_NO.no.zh, YES_NO.no.en],
]);

const MISSPELLING_CHARS = "华达恒鑫通盛兴源丰发德泰和祥康信鼎盈创美好多快客乐佳福".split("");
const DIGIT_ZERO = 0x30;
const FULL_WIDTH_OFFSET = 0xfee0;

function fullWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out +=
      (code >= DIGIT_ZERO && code <= 0x39) || code === 0x2e
        ? String.fromCharCode(code + FULL_WIDTH_OFFSET)
        : text[i];
  }
  return out;
}

function fullWidthLetters(text: string): string {
  return text.replace(/[A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET));
}

const HAS_LATIN = /[A-Za-z]/;

/** Where the cells a mistake can touch sit in a plan or a report row (-1: the table has no such column). */
interface Cells {
  readonly date: number;
  readonly customer: number;
  readonly approvedBy: number;
  /** Cleared with the sign-off: the plan's Approved on, the report's Comment. */
  readonly signOffDetail: number;
  readonly amounts: readonly number[];
  readonly orderAmount: number;
  readonly newOutlet: number;
  readonly required: readonly number[];
}

function planCells(out: TableWriter<"VisitPlan">): Cells {
  const c = out.col;
  return {
    date: c.date,
    customer: c.customer,
    approvedBy: c.approvedBy,
    signOffDetail: c.approvedOn,
    amounts: [],
    orderAmount: -1,
    newOutlet: -1,
    required: [c.date, c.salesperson, c.customer, c.purpose],
  };
}

function reportCells(out: TableWriter<"DailyReport">): Cells {
  const c = out.col;
  return {
    date: c.date,
    customer: c.customer,
    approvedBy: c.approvedBy,
    signOffDetail: c.comment,
    amounts: [c.orderAmount, c.expense, c.collection],
    orderAmount: c.orderAmount,
    newOutlet: c.newOutlet,
    required: [c.date, c.salesperson, c.attendance],
  };
}

/**
 * Decides, row by row, whether a row gets a mistake and which. It draws from its own random stream, so
 * the clean values of every row are the same whatever `share` is: messy data is clean data plus mistakes.
 */
export class Mistakes {
  readonly injected: Record<MistakeKind, number> = {
    textDate: 0,
    unreadableDate: 0,
    fullWidthAmount: 0,
    misspelledCustomer: 0,
    customerVariant: 0,
    customerSpaces: 0,
    missingSignOff: 0,
    negativeAmount: 0,
    requiredBlank: 0,
    yesNoOtherLanguage: 0,
    severeNotEscalated: 0,
  };
  private readonly candidates: MistakeKind[] = [];
  private readonly plan: Cells;
  private readonly report: Cells;
  private readonly escalatedTo: number;

  constructor(
    private readonly random: Random,
    private readonly share: number,
    private readonly customerNames: ReadonlySet<string>,
    writers: {
      readonly plan: TableWriter<"VisitPlan">;
      readonly report: TableWriter<"DailyReport">;
      readonly market: TableWriter<"MarketReport">;
    },
  ) {
    this.plan = planCells(writers.plan);
    this.report = reportCells(writers.report);
    this.escalatedTo = writers.market.col.escalatedTo;
  }

  /** With probability `share`, gives a visit-plan row one mistake that fits it. */
  maybeSpoilPlan(row: CellValue[]): void {
    this.maybeSpoil(row, this.plan);
  }

  /** With probability `share`, gives a daily-report row one mistake that fits it. */
  maybeSpoilReport(row: CellValue[]): void {
    this.maybeSpoil(row, this.report);
  }

  /** With probability `share`, clears Escalated to on a Severe market item that affects sales. */
  maybeLeaveUnescalated(row: CellValue[]): void {
    if (this.random.next() >= this.share) return;
    row[this.escalatedTo] = null;
    this.injected.severeNotEscalated++;
  }

  private maybeSpoil(row: CellValue[], cells: Cells): void {
    if (this.random.next() >= this.share) return;
    const kinds = this.candidates;
    kinds.length = 0;
    kinds.push("textDate", "unreadableDate", "requiredBlank");
    const customer = row[cells.customer];
    if (typeof customer === "string") {
      kinds.push("misspelledCustomer", "customerSpaces");
      if (HAS_LATIN.test(customer)) kinds.push("customerVariant");
    }
    if (row[cells.approvedBy] !== null) kinds.push("missingSignOff");
    if (cells.orderAmount >= 0 && typeof row[cells.orderAmount] === "number") kinds.push("fullWidthAmount");
    if (cells.amounts.some((i) => isNonZero(row[i]))) kinds.push("negativeAmount");
    if (cells.newOutlet >= 0 && row[cells.newOutlet] !== null) kinds.push("yesNoOtherLanguage");
    const kind = this.random.pick(kinds);
    this.apply(kind, row, cells);
    this.injected[kind]++;
  }

  private apply(kind: MistakeKind, row: CellValue[], cells: Cells): void {
    const random = this.random;
    switch (kind) {
      case "textDate":
      case "unreadableDate": {
        const { year, month, day } = ymdOfDay(row[cells.date] as number);
        const chinese = random.chance(0.5);
        row[cells.date] =
          kind === "textDate"
            ? chinese
              ? `${year}年${month}月${day}日`
              : `${year}/${month}/${day}`
            : chinese
              ? `${month}月${day}日`
              : `${month}/${day}`;
        return;
      }
      case "fullWidthAmount":
        row[cells.orderAmount] = fullWidth(String(row[cells.orderAmount]));
        return;
      case "misspelledCustomer":
        row[cells.customer] = this.misspell(row[cells.customer] as string);
        return;
      case "customerVariant":
        row[cells.customer] = fullWidthLetters(row[cells.customer] as string);
        return;
      case "customerSpaces": {
        const name = row[cells.customer] as string;
        row[cells.customer] = random.pick([` ${name}`, `${name} `, ` ${name} `, `${name}\u3000`]);
        return;
      }
      case "missingSignOff":
        row[cells.approvedBy] = null;
        row[cells.signOffDetail] = null;
        return;
      case "negativeAmount": {
        const i = random.pick(cells.amounts.filter((a) => isNonZero(row[a])));
        row[i] = -(row[i] as number);
        return;
      }
      case "requiredBlank":
        row[random.pick(cells.required)] = null;
        return;
      case "yesNoOtherLanguage":
        row[cells.newOutlet] = OTHER_LANGUAGE_ANSWER.get(row[cells.newOutlet] as string) ?? null;
        return;
      case "severeNotEscalated":
        row[this.escalatedTo] = null;
        return;
    }
  }

  private misspell(name: string): string {
    for (let attempt = 0; attempt < 10; attempt++) {
      const chars = Array.from(name);
      const at = this.random.int(0, chars.length - 1);
      const replacement = this.random.pick(MISSPELLING_CHARS);
      if (replacement === chars[at]) continue;
      chars[at] = replacement;
      const spelled = chars.join("");
      if (!this.customerNames.has(spelled)) return spelled;
    }
    // Every nearby spelling was a real customer: dropping the last character is still a typo.
    return name.slice(0, -1);
  }
}

const isNonZero = (cell: CellValue): boolean => typeof cell === "number" && cell !== 0;
