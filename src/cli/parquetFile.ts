/**
 * Writing the export's facts as Parquet with hyparquet-writer (pure JavaScript, MIT, no native
 * code): one row group per book, so only one book's columns are held at a time, appended to the file
 * as they are encoded. Loaded on first use: it is an ES module, which only the export needs.
 */
import type { FactColumns } from "../core/consolidate";
import { FACT_COLUMN_NAMES } from "../core/consolidate";

/** Excel serial of 1970-01-01: Parquet's DATE counts days from there. */
const UNIX_EPOCH_SERIAL = 25_569;

type Physical = "BYTE_ARRAY" | "INT32" | "DOUBLE" | "BOOLEAN";

/** File column name, physical type and converted type of each fact column. */
const COLUMNS: Readonly<Record<(typeof FACT_COLUMN_NAMES)[number], readonly [string, Physical, string?]>> = {
  kind: ["kind", "BYTE_ARRAY", "UTF8"],
  book: ["book", "BYTE_ARRAY", "UTF8"],
  date: ["date", "INT32", "DATE"],
  salesperson: ["salesperson", "BYTE_ARRAY", "UTF8"],
  region: ["region", "BYTE_ARRAY", "UTF8"],
  customer: ["customer", "BYTE_ARRAY", "UTF8"],
  customerClass: ["customer_class", "BYTE_ARRAY", "UTF8"],
  product: ["product", "BYTE_ARRAY", "UTF8"],
  orderAmount: ["order_amount", "DOUBLE"],
  grossMargin: ["gross_margin", "DOUBLE"],
  collection: ["collection", "DOUBLE"],
  newOutlet: ["new_outlet", "BOOLEAN"],
  expense: ["expense", "DOUBLE"],
  visit: ["visit", "BOOLEAN"],
  metric: ["metric", "BYTE_ARRAY", "UTF8"],
  target: ["target", "DOUBLE"],
};

interface ParquetWriterLike {
  write(options: { columnData: { name: string; data: unknown[] }[]; rowGroupSize?: number }): void;
  finish(): void;
}

interface HyparquetWriter {
  ParquetWriter: new (options: { writer: unknown; schema: unknown[] }) => ParquetWriterLike;
  fileWriter(path: string): unknown;
}

/** A Parquet file the facts of one book after another are appended to. */
export class FactsParquetFile {
  private constructor(private readonly writer: ParquetWriterLike) {}

  static async create(path: string): Promise<FactsParquetFile> {
    const lib = (await import("hyparquet-writer")) as unknown as HyparquetWriter;
    const schema = [
      { name: "root", num_children: FACT_COLUMN_NAMES.length },
      ...FACT_COLUMN_NAMES.map((key) => {
        const [name, type, converted] = COLUMNS[key];
        return {
          name,
          type,
          repetition_type: "OPTIONAL",
          ...(converted ? { converted_type: converted } : {}),
        };
      }),
    ];
    return new FactsParquetFile(new lib.ParquetWriter({ writer: lib.fileWriter(path), schema }));
  }

  /** Appends one book's facts (one row group of at most 1,000,000 rows at a time). */
  append(columns: FactColumns): void {
    if (columns.kind.length === 0) return;
    const columnData = FACT_COLUMN_NAMES.map((key) => {
      const data: unknown[] = columns[key];
      return {
        name: COLUMNS[key][0],
        data:
          key === "date" ? data.map((d) => (d === null ? null : (d as number) - UNIX_EPOCH_SERIAL)) : data,
      };
    });
    this.writer.write({ columnData, rowGroupSize: 1_000_000 });
  }

  finish(): void {
    this.writer.finish();
  }
}
