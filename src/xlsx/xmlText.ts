/** Text into SpreadsheetML: escaping for element content and double-quoted attributes. */

/** Characters XML 1.0 cannot carry at all (dropped; a spreadsheet cell cannot hold them either). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const NOT_XML = new RegExp("[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]", "g");
const XML_ESCAPES: Readonly<Record<string, string>> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  '"': "&quot;",
};

/** `text` safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[<>&"]/g, (c) => XML_ESCAPES[c]);
}

const ENTITY: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The text an escaped attribute or element stands for (entities and character references). */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : ENTITY[e],
  );
}

/** An attribute's (unescaped) value in a start tag, or undefined. */
export function attributeOf(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return unescapeXml(tag.slice(start, tag.indexOf('"', start)));
}
