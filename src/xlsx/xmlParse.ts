/**
 * Reading the XML parts of an .xlsx with a real XML parser (saxes): any namespace prefix (`x:c` as
 * well as `c`), either quote, entities and CDATA, and a part that is not well-formed XML is reported
 * as a corrupt package rather than read half-way.
 *
 * saxes resolves namespaces itself when asked (`xmlns: true`), but that costs about 2.5 × the parse
 * of a 340 MB sheet; here the prefixes are resolved from the declarations in scope, which is the same
 * thing for the handful of declarations a spreadsheet part carries, at the cost of a key scan per tag.
 */
import { SaxesParser } from "saxes";
import { CorruptPackage } from "./corruptPackage";

export { CorruptPackage };

export const SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** ISO/IEC 29500 Strict spells the same vocabulary with other namespace names. */
export const STRICT_SPREADSHEET_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const STRICT_RELATIONSHIPS_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
export const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

const KNOWN_NAMESPACES: ReadonlyMap<string, string> = new Map(
  [
    SPREADSHEET_NS,
    STRICT_SPREADSHEET_NS,
    RELATIONSHIPS_NS,
    STRICT_RELATIONSHIPS_NS,
    PACKAGE_RELATIONSHIPS_NS,
  ].map((ns) => [ns, ns]),
);
const RELATIONSHIPS: ReadonlySet<string> = new Set([RELATIONSHIPS_NS, STRICT_RELATIONSHIPS_NS]);

/** One start tag with its names resolved (valid only during the `open` call that receives it). */
export interface XmlElement {
  readonly local: string;
  /** Namespace name ("" for none). */
  readonly uri: string;
  /** An unprefixed attribute's value (attributes without a prefix are in no namespace). */
  readonly attributes: Readonly<Record<string, string>>;
  /** A prefixed attribute's value, found by its namespace and local name. */
  attributeNs(namespaces: ReadonlySet<string>, local: string): string | undefined;
}

export interface XmlHandlers {
  open?(element: XmlElement): void;
  close?(local: string, uri: string): void;
  text?(text: string): void;
}

export const isSpreadsheet = (uri: string): boolean =>
  uri === SPREADSHEET_NS || uri === STRICT_SPREADSHEET_NS;
export const RELATIONSHIP_NAMESPACES = RELATIONSHIPS;

interface Scope {
  readonly depth: number;
  readonly prefixes: Map<string, string>;
}

class Element implements XmlElement {
  local = "";
  uri = "";
  attributes: Readonly<Record<string, string>> = {};
  prefixes: ReadonlyMap<string, string> = new Map();

  attributeNs(namespaces: ReadonlySet<string>, wanted: string): string | undefined {
    for (const key in this.attributes) {
      const at = key.indexOf(":");
      if (at < 0 || key.slice(at + 1) !== wanted) continue;
      if (namespaces.has(this.prefixes.get(key.slice(0, at)) ?? "")) return this.attributes[key];
    }
    return undefined;
  }
}

/** A tag name's local part and namespace, under the declarations in scope. */
type Resolved = readonly [local: string, uri: string];

/**
 * A push parser for one part: `write` pieces of text (already decoded), then `close`.
 * @throws CorruptPackage from write/close when the part is not well-formed XML.
 */
export class XmlPartParser {
  private readonly parser = new SaxesParser({ position: false });
  private readonly scopes: Scope[] = [{ depth: -1, prefixes: new Map([["xml", ""]]) }];
  private depth = 0;
  /**
   * Tag name → resolved name, valid while no declaration enters or leaves scope: a sheet has a few
   * distinct tag names and millions of tags, so each name is split and looked up once.
   */
  private names = new Map<string, Resolved>();
  /** One element object for every start tag (millions of tags): handlers must not keep it. */
  private readonly element = new Element();
  /** Namespace declarations of the start tag being read. */
  private declared: [prefix: string, uri: string][] = [];

  constructor(part: string, handlers: XmlHandlers) {
    const { open, close, text } = handlers;
    this.parser.on("opentag", (tag) => {
      const attributes = tag.attributes as Record<string, string>;
      if (this.declared.length > 0) {
        for (const [prefix, uri] of this.declared) this.declare(prefix, uri);
        this.declared = [];
      }
      this.depth++;
      if (!open) return;
      const [local, uri] = this.resolve(tag.name);
      const element = this.element;
      element.local = local;
      element.uri = uri;
      element.attributes = attributes;
      element.prefixes = this.scopes[this.scopes.length - 1].prefixes;
      open(element);
    });
    // Declarations are seen attribute by attribute (cheaper than scanning every tag's attributes).
    this.parser.on("attribute", ({ name, value }) => {
      if (name.charCodeAt(0) === 120 /* x */ && (name === "xmlns" || name.startsWith("xmlns:"))) {
        this.declared.push([name === "xmlns" ? "" : name.slice(6), value]);
      }
    });
    this.parser.on("closetag", (tag) => {
      this.depth--;
      if (close) {
        const [local, uri] = this.resolve(tag.name);
        close(local, uri);
      }
      if (this.scopes[this.scopes.length - 1].depth === this.depth) {
        this.scopes.pop();
        this.names = new Map();
      }
    });
    if (text) {
      this.parser.on("text", text);
      this.parser.on("cdata", text);
    }
    // Only what saxes reports as malformed XML is a corrupt part; an exception from a handler above
    // is a bug and leaves write() as it is.
    this.parser.on("error", (error) => {
      throw new CorruptPackage(`${part}: not well-formed XML (${error.message})`);
    });
  }

  private declare(prefix: string, uri: string): void {
    let scope = this.scopes[this.scopes.length - 1];
    if (scope.depth !== this.depth) {
      scope = { depth: this.depth, prefixes: new Map(scope.prefixes) };
      this.scopes.push(scope);
    }
    // The known namespace names as the constants, so that comparing them is comparing pointers.
    scope.prefixes.set(prefix, KNOWN_NAMESPACES.get(uri) ?? uri);
    this.names = new Map();
  }

  private resolve(name: string): Resolved {
    let resolved = this.names.get(name);
    if (resolved === undefined) {
      const colon = name.indexOf(":");
      const prefixes = this.scopes[this.scopes.length - 1].prefixes;
      resolved = [
        colon < 0 ? name : name.slice(colon + 1),
        prefixes.get(colon < 0 ? "" : name.slice(0, colon)) ?? "",
      ];
      this.names.set(name, resolved);
    }
    return resolved;
  }

  write(piece: string): void {
    this.parser.write(piece);
  }

  close(): void {
    this.parser.close();
  }
}

/** Parses a whole (small) part held as text. */
export function parseXmlPart(part: string, text: string, handlers: XmlHandlers): void {
  const parser = new XmlPartParser(part, handlers);
  parser.write(text);
  parser.close();
}
