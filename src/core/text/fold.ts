/**
 * Full-width / half-width folding. People in China type with an IME that often leaves full-width
 * forms (full-width digits and letters, the ideographic space U+3000); Excel treats them as different text. SalesPace reads them as the
 * half-width form everywhere a value is matched or parsed.
 */

/** Folds full-width ASCII (U+FF01–U+FF5E) and the ideographic space (U+3000) to half-width. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/**
 * The form two texts are compared in when matching a header or a list entry: half-width,
 * lower case, with all white space removed.
 *
 * @example matchKey(" Ｗang  Wei ") === matchKey("wangwei") // true
 */
export function matchKey(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(/\s+/g, "");
}
