/** Generic access to a book's rows by table name, for the rules that are driven by the schema. */
import type { RowBase, SalesBook } from "../model";
import { BOOK_KEY } from "../read";
import type { TableName } from "../schema/types";

/** A typed row seen through its column keys. */
export type AnyRow = RowBase & Readonly<Record<string, unknown>>;

/** The rows of one template table. */
export function rowsOf(book: SalesBook, table: TableName): readonly AnyRow[] {
  return book[BOOK_KEY[table]] as unknown as readonly AnyRow[];
}
