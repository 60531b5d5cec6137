/**
 * Plans: pure data describing what to write into a workbook. The core makes them; the Excel adapter
 * (Office.js) and the .xlsx adapter (exceljs) apply them. Nothing here knows about either.
 *
 * Addresses are A1 references relative to the plan's own sheet (`B3:F20`), without a sheet name.
 */
import type { Lang, TableName } from "../schema/types";

export type CellValue = string | number | boolean | null;

// ---------------------------------------------------------------- set-up (input templates)

export type ValidationPlan =
  /** `source` is a formula such as `=SP_Salespeople` (a workbook name over a table column) or a
   *  comma-separated list of enumeration labels (≤ 255 characters, Excel's limit). */
  (
    | { readonly type: "list"; readonly source: string }
    /** A date on or after 1900-01-01, Excel's first. */
    | { readonly type: "date" }
    /** A time of day, 00:00:00 to 23:59:59. */
    | { readonly type: "time" }
    /** A number ≥ min (money, amounts). */
    | { readonly type: "decimal"; readonly min: number }
    /** A whole number ≥ min (counts). */
    | { readonly type: "wholeNumber"; readonly min: number }
  ) & {
    /**
     * What Excel does with a value that breaks the rule as it is typed: `stop` refuses it, `warning` asks
     * and lets the person keep it. (Paste bypasses both; Validate is the real check.)
     */
    readonly alert: "stop" | "warning";
  };

export interface ColumnPlan {
  readonly key: string;
  /** Header in the workbook language. */
  readonly header: string;
  /** The same header in the other language: an existing column with it is the same column. */
  readonly altHeaders: readonly string[];
  readonly width: number;
  readonly numberFormat: string;
  readonly validation: ValidationPlan | null;
  /** Shown when the cell is selected; within Excel's limits (title ≤ 32, message ≤ 255 characters). */
  readonly inputMessage: { readonly title: string; readonly message: string };
  /** Shown when a typed value breaks the rule (null without a rule); within Excel's limits (title ≤ 32, message ≤ 225). */
  readonly errorMessage: { readonly title: string; readonly message: string } | null;
}

export interface InputTablePlan {
  readonly table: TableName;
  /** Top-left cell of the header row on a new sheet, e.g. `A1`. */
  readonly anchor: string;
  readonly columns: readonly ColumnPlan[];
  /** Table style name, e.g. `TableStyleMedium2`. */
  readonly style: string;
}

/**
 * How a sheet prints: the orientation, how many pages wide its columns are squeezed onto (as many pages
 * tall as it takes), and the rows repeated at the top of every page (1-based, inclusive).
 */
export interface PagePlan {
  readonly orientation: "landscape" | "portrait";
  readonly pagesWide: number;
  readonly titleRows: { readonly first: number; readonly last: number } | null;
}

export interface InputSheetPlan {
  /** Sheet name in the workbook language. */
  readonly name: string;
  /** Names under which an existing sheet counts as this sheet (the other language). */
  readonly altNames: readonly string[];
  readonly tables: readonly InputTablePlan[];
  /** Freeze the header row. */
  readonly freezeHeader: boolean;
  /** How the template prints (set on a sheet that set-up adds). */
  readonly page: PagePlan;
}

/** A workbook-scoped defined name, e.g. `SP_Salespeople` = `=Salespeople[Name]`. */
export interface NamePlan {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
}

export interface SetupPlan {
  readonly lang: Lang;
  readonly schemaVersion: number;
  readonly sheets: readonly InputSheetPlan[];
  readonly names: readonly NamePlan[];
}

// ---------------------------------------------------------------- add-in-owned sheets (rollups, validation)

export type OwnedSheetKind =
  "scorecard" | "pivots" | "facts" | "efficiency" | "weekly" | "customers" | "validation";

export type CellStyle = "title" | "subtitle" | "header" | "subtotal" | "total" | "note" | "body";

/**
 * A rectangle of cells. `values` always holds what the core computed (cached results for formula
 * cells). Where `formulas[r][c]` is a string (starting with `=`) the cell gets that formula;
 * where it is null the cell gets the value. `text: true` marks text that came from people: it is
 * written with number format `@` (and as a plain string), so it can never become a formula (SPEC §6).
 */
export interface RangeWrite {
  readonly address: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** One format for the whole range, or one per cell. */
  readonly numberFormat?: string | readonly (readonly string[])[];
  readonly text?: boolean;
  readonly style?: CellStyle;
}

/** An Excel table on an owned sheet (the facts table the PivotTables read). */
export interface OwnedTablePlan {
  readonly name: string;
  /** Header row address, e.g. `A1:K1`; data follows below. */
  readonly headerAddress: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Column indexes (0-based) whose values came from people and must stay text. */
  readonly textColumns: readonly number[];
  readonly numberFormats: readonly string[];
  readonly style: string;
}

/** Traffic light: a custom-formula conditional format. The formula is relative to the range's top-left. */
export interface ConditionalFormatPlan {
  readonly address: string;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

export interface ChartPlan {
  readonly name: string;
  readonly type: "ColumnClustered" | "BarClustered" | "Line";
  readonly title: string;
  /** Data range including its header row and category column. */
  readonly sourceAddress: string;
  readonly seriesBy: "Columns" | "Rows";
  /** Where the chart's top-left corner goes. */
  readonly topLeft: string;
  readonly bottomRight: string;
}

export type SummarizeBy = "Sum" | "Count" | "Average";

export interface PivotPlan {
  readonly name: string;
  /** Name of the facts table the pivot reads (on the facts sheet). */
  readonly sourceTable: string;
  /** Top-left cell of the pivot on this sheet. */
  readonly destination: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly filters: readonly string[];
  readonly data: readonly {
    readonly field: string;
    readonly name: string;
    readonly summarizeBy: SummarizeBy;
    readonly numberFormat: string;
  }[];
}

export interface HyperlinkPlan {
  /** The cell that gets the link (on this sheet). */
  readonly address: string;
  /** Target as `'Sheet name'!B7`. */
  readonly target: string;
  readonly text: string;
  readonly tooltip: string;
}

/** What a sheet with PivotTables says where an adapter cannot create them (in the workbook language). */
export interface PivotNotes {
  /** Lines written instead of the pivots when the host lacks ExcelApi 1.8. */
  readonly unsupported: readonly string[];
  /** Lines written instead of the pivots in a file written without Excel (the command line). */
  readonly withoutExcel: readonly string[];
}

export interface OwnedSheetPlan {
  readonly kind: OwnedSheetKind;
  /** Sheet name in the workbook language. */
  readonly name: string;
  /** The other language's name: an owned sheet under that name is the same sheet (replaced too). */
  readonly altNames: readonly string[];
  readonly columnWidths: readonly number[];
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  readonly writes: readonly RangeWrite[];
  readonly tables: readonly OwnedTablePlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly charts: readonly ChartPlan[];
  readonly pivots: readonly PivotPlan[];
  /** Set where `pivots` is not empty: the adapters write these lines, never their own. */
  readonly pivotNotes?: PivotNotes;
  readonly hyperlinks: readonly HyperlinkPlan[];
  /** Sheet tab color, e.g. `#0F6CBD`, marking the sheet as the add-in's. */
  readonly tabColor: string;
  /** How the sheet prints. */
  readonly page: PagePlan;
}
