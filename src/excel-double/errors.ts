/**
 * Errors as Office.js raises them: an `OfficeExtension.Error`-like object with a `code` string
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export class OfficeErrorDouble extends Error {
  readonly debugInfo: { readonly code: string; readonly message: string };

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

export function officeError(code: string, message: string): OfficeErrorDouble {
  return new OfficeErrorDouble(code, message);
}

/** Misuse of the double itself (an API the adapter should not call): fails the test loudly. */
export function notInDouble(what: string): Error {
  return new Error(`Excel double: ${what} is not implemented (src/excel should not need it).`);
}
