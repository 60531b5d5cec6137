/**
 * The one error the .xlsx readers raise for a file that cannot be read as a workbook: a broken zip,
 * a missing or malformed part. The reader turns it into NotAWorkbook; anything else is a bug.
 */
export class CorruptPackage extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CorruptPackage";
  }
}

/** zlib reports damaged deflate data with a `Z_…` code (Z_DATA_ERROR, Z_BUF_ERROR…). */
export function isZlibError(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error)) return false;
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("Z_");
}
