/**
 * The package around the sheets (Open Packaging Conventions): relationship parts, which parts a
 * dropped sheet takes with it, [Content_Types].xml and the sheet list in docProps/app.xml.
 */
import { posix } from "node:path";
import { PACKAGE_RELATIONSHIPS_NS, parseXmlPart } from "./xmlParse";
import { attributeOf, escapeXml } from "./xmlText";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's name in the zip (no leading `/`), or the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

export const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const TABLE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
export const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const TABLE_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels` (the package itself: ""). */
export function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** The source part of a relationship part (inverse of relsPartOf). */
export function sourceOfRels(relsPart: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? `${m[1]}${m[2]}` : null;
}

/**
 * The relationships of one .rels part, targets resolved against the source part's folder (parsed as
 * XML: any prefix, either quote, entities).
 * @throws CorruptPackage when the part is not well-formed XML.
 */
export function parseRelationships(source: string, xml: string): Relationship[] {
  const found: Relationship[] = [];
  parseXmlPart(relsPartOf(source), xml, {
    open(el) {
      if (el.local !== "Relationship" || el.uri !== PACKAGE_RELATIONSHIPS_NS) return;
      const target = el.attributes.Target ?? "";
      const external = el.attributes.TargetMode === "External";
      const resolved = target.startsWith("/")
        ? target.slice(1)
        : posix.normalize(posix.join(posix.dirname(source), target));
      found.push({
        id: el.attributes.Id ?? "",
        type: el.attributes.Type ?? "",
        target: external ? target : resolved,
        external,
      });
    },
  });
  return found;
}

/**
 * The parts only the dropped sheets lead to (their tables, drawings, comments…), the sheets included:
 * everything reachable from them through relationships, minus what the rest of the package reaches.
 */
export function partsLeavingWith(
  dropped: ReadonlySet<string>,
  relationships: ReadonlyMap<string, readonly Relationship[]>,
): Set<string> {
  const reach = (starts: Iterable<string>, skip: ReadonlySet<string>): Set<string> => {
    const seen = new Set<string>();
    const queue = [...starts];
    while (queue.length > 0) {
      const part = queue.pop()!;
      if (seen.has(part) || skip.has(part)) continue;
      seen.add(part);
      for (const rel of relationships.get(part) ?? []) if (!rel.external) queue.push(rel.target);
    }
    return seen;
  };
  const kept = reach([""], dropped);
  const leaving = reach(dropped, new Set());
  for (const part of kept) leaving.delete(part);
  return leaving;
}

/** A relationship part without the ids in `removed` and with `added` relationships at the end. */
export function editRelationships(
  xml: string,
  removed: ReadonlySet<string>,
  added: readonly { readonly id: string; readonly type: string; readonly target: string }[],
): string {
  const kept = xml.replace(/<Relationship\b[^>]*?(?:\/>|>\s*<\/Relationship>)/g, (tag) =>
    removed.has(attributeOf(tag, "Id") ?? "") ? "" : tag,
  );
  const tags = added
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  return kept.replace("</Relationships>", () => `${tags}</Relationships>`);
}

/** A new relationship part holding `relationships`. */
export function relationshipsXml(
  relationships: readonly { readonly id: string; readonly type: string; readonly target: string }[],
): string {
  return editRelationships(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
    new Set(),
    relationships,
  );
}

/** [Content_Types].xml without the overrides of `removed` parts and with overrides for `added` ones. */
export function editContentTypes(
  xml: string,
  removed: ReadonlySet<string>,
  added: readonly { readonly part: string; readonly contentType: string }[],
): string {
  const kept = xml.replace(/<Override\b[^>]*?(?:\/>|>\s*<\/Override>)/g, (tag) =>
    removed.has((attributeOf(tag, "PartName") ?? "").replace(/^\//, "")) ? "" : tag,
  );
  const tags = added
    .map((a) => `<Override PartName="/${escapeXml(a.part)}" ContentType="${a.contentType}"/>`)
    .join("");
  return kept.replace("</Types>", () => `${tags}</Types>`);
}

/**
 * docProps/app.xml lists the sheet names (TitlesOfParts, counted under a HeadingPairs entry); the
 * sheets there become `sheets`. A part that does not list them as expected is returned unchanged.
 */
export function editAppSheetList(xml: string, before: readonly string[], sheets: readonly string[]): string {
  const titles = /<TitlesOfParts>\s*<vt:vector\b([^>]*)>([\s\S]*?)<\/vt:vector>\s*<\/TitlesOfParts>/.exec(
    xml,
  );
  const headings = /<HeadingPairs>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/.exec(xml);
  if (!titles || !headings) return xml;
  const names = [...titles[2].matchAll(/<vt:lpstr>([\s\S]*?)<\/vt:lpstr>/g)].map((m) => m[1]);
  const counts = [...headings[1].matchAll(/<vt:i4>(\d+)<\/vt:i4>/g)];
  // The heading whose titles are the workbook's sheet names, in order.
  let start = 0;
  for (let h = 0; h < counts.length; h++) {
    const count = Number(counts[h][1]);
    const slice = names.slice(start, start + count);
    const escapedBefore = before.map(escapeXml);
    if (count === before.length && slice.every((n, i) => n === escapedBefore[i])) {
      const replaced = [...names.slice(0, start), ...sheets.map(escapeXml), ...names.slice(start + count)];
      const vector = `<TitlesOfParts><vt:vector size="${replaced.length}" baseType="lpstr">${replaced
        .map((n) => `<vt:lpstr>${n}</vt:lpstr>`)
        .join("")}</vt:vector></TitlesOfParts>`;
      let seen = 0;
      const newHeadings = headings[0].replace(/<vt:i4>(\d+)<\/vt:i4>/g, (tag) =>
        seen++ === h ? `<vt:i4>${sheets.length}</vt:i4>` : tag,
      );
      return xml.replace(titles[0], () => vector).replace(headings[0], () => newHeadings);
    }
    start += count;
  }
  return xml;
}
