/**
 * Offline manifest checks. `office-addin-manifest validate` needs Microsoft's online service (feasibility.md §4),
 * so these are ours: what would make Excel refuse or mis-render the add-in, checked without a network.
 */
import { readFileSync, existsSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";

const ROOT = join(__dirname, "..", "..");
const LOCALES = ["zh-CN"];

type Node = Record<string, unknown>;

function parse(file: string): Node {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true });
  return parser.parse(readFileSync(file, "utf8")) as Node;
}

/** Every object in the tree, depth first, with the element name it sits under. */
function* walk(node: unknown, name = ""): Generator<[string, Node]> {
  if (Array.isArray(node)) for (const item of node) yield* walk(item, name);
  else if (node && typeof node === "object") {
    yield [name, node as Node];
    for (const [key, child] of Object.entries(node)) if (!key.startsWith("@")) yield* walk(child, key);
  }
}

const list = (x: unknown): Node[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]) as Node[];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("manifest.xml (offline checks)", () => {
  const manifest = parse(join(ROOT, "manifest.xml"));
  const app = manifest.OfficeApp as Node;
  const nodes = [...walk(app)];
  const resources = ((app.VersionOverrides as Node).Resources ?? {}) as Node;
  const resourceIds = new Map<string, Node>();
  for (const group of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    const inner = resources[group] as Node;
    const items = list(inner?.Image ?? inner?.Url ?? inner?.String);
    for (const item of items) resourceIds.set(String(item["@id"]), item);
  }

  it("is a task-pane add-in for Excel workbooks with a GUID id", () => {
    expect(app["@type"]).toBe("TaskPaneApp");
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(list((app.Hosts as Node).Host).map((h) => h["@Name"])).toEqual(["Workbook"]);
  });

  it("asks only for ReadWriteDocument", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  it("requires the ExcelApi set the features need", () => {
    const set = list(((app.Requirements as Node).Sets as Node).Set)[0];
    expect(set["@Name"]).toBe("ExcelApi");
    expect(Number(set["@MinVersion"])).toBeGreaterThanOrEqual(1.7);
  });

  it("uses https URLs on a single origin", () => {
    const urls = nodes
      .flatMap(([, node]) =>
        Object.entries(node)
          .filter(([key]) => key === "@DefaultValue")
          .map(([, v]) => String(v)),
      )
      .filter((v) => /^[a-z]+:\/\//i.test(v));
    urls.push(...list((app.AppDomains as Node).AppDomain).map(String));
    expect(urls.length).toBeGreaterThan(5);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    for (const url of urls) expect(new URL(url).protocol).toBe("https:");
    expect([...origins]).toEqual(["https://localhost:3000"]);
  });

  it("resolves every resid", () => {
    const used = nodes.flatMap(([, node]) => (node["@resid"] ? [String(node["@resid"])] : []));
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect({ id, defined: resourceIds.has(id) }).toEqual({ id, defined: true });
  });

  it("has icon files of the declared pixel sizes", () => {
    const declared: [string, number][] = [];
    for (const [name, node] of nodes) {
      if (name === "Image" && node["@size"] && node["@resid"]) {
        const url = String(resourceIds.get(String(node["@resid"]))?.["@DefaultValue"]);
        declared.push([url, Number(node["@size"])]);
      }
    }
    declared.push([String((app.IconUrl as Node)["@DefaultValue"]), 32]);
    declared.push([String((app.HighResolutionIconUrl as Node)["@DefaultValue"]), 64]);
    expect(declared.length).toBeGreaterThanOrEqual(5);
    for (const [url, size] of declared) {
      const file = join(ROOT, new URL(url).pathname);
      expect({ file, exists: existsSync(file) }).toEqual({ file, exists: true });
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("has every user-visible string in en-US and zh-CN", () => {
    expect(app.DefaultLocale).toBe("en-US");
    const localized = [app.DisplayName as Node, app.Description as Node];
    const strings = [...resourceIds.values()].filter(
      (item) => !/^https?:/.test(String(item["@DefaultValue"])),
    );
    localized.push(...strings);
    expect(strings.length).toBeGreaterThanOrEqual(8);
    for (const item of localized) {
      expect(String(item["@DefaultValue"]).trim()).not.toBe("");
      const overrides = list(item.Override).map((o) => String(o["@Locale"]));
      for (const locale of LOCALES)
        expect({
          string: item["@id"] ?? item["@DefaultValue"],
          locale,
          present: overrides.includes(locale),
        }).toEqual({
          string: item["@id"] ?? item["@DefaultValue"],
          locale,
          present: true,
        });
    }
  });

  it("declares the ribbon commands the function file registers", () => {
    const functions = nodes
      .filter(([name]) => name === "Action")
      .flatMap(([, n]) => (n.FunctionName ? [String(n.FunctionName)] : []));
    expect(functions.sort()).toEqual(["refreshRollups", "validateWorkbook"]);
    const source = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");
    for (const name of functions) expect(source).toContain(`"${name}"`);
  });
});
