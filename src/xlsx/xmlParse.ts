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
export const SPREADSHEET_NAMESPACES: ReadonlySet<string> = new Set([SPREADSHEET_NS, STRICT_SPREADSHEET_NS]);

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

/**
 * Handlers of a part read for a few elements of one vocabulary (a sheet's rows and cells): each start
 * and end tag comes with its element's code, the index of its local name in the vocabulary (0 for
 * any other element, or one in another namespace), so the handlers compare small integers instead
 * of names. `attributes` are the start tag's unprefixed attributes, valid only during the call.
 */
export interface CodedHandlers {
  open(code: number, attributes: Readonly<Record<string, string>>): void;
  close(code: number): void;
  text(text: string): void;
}

/**
 * A push parser for a big part read for a few of its elements (millions of tags): like XmlPartParser,
 * but with no element object, no name resolution per tag (a qualified name is resolved once while
 * the declarations in scope stay the same) and no lookup for end tags (their codes are kept on a
 * stack).
 * @throws CorruptPackage from write/close when the part is not well-formed XML.
 */
export class CodedPartParser {
  private readonly parser = new SaxesParser({ position: false });
  private readonly scopes: Scope[] = [{ depth: -1, prefixes: new Map([["xml", ""]]) }];
  private readonly codes: number[] = [];
  private names = new Map<string, number>();
  private declared: [prefix: string, uri: string][] = [];
  private readonly locals: ReadonlyMap<string, number>;

  /**
   * @param vocabulary local names; element `vocabulary[i]` gets code i + 1
   * @param namespaces the namespace names the vocabulary is in
   */
  constructor(
    part: string,
    vocabulary: readonly string[],
    private readonly namespaces: ReadonlySet<string>,
    handlers: CodedHandlers,
  ) {
    this.locals = new Map(vocabulary.map((local, i) => [local, i + 1]));
    const text = handlers.text.bind(handlers);
    const codes = this.codes;
    this.parser.on("opentag", (tag) => {
      if (this.declared.length > 0) this.enterDeclarations();
      let code = this.names.get(tag.name);
      if (code === undefined) code = this.resolve(tag.name);
      codes.push(code);
      handlers.open(code, tag.attributes as Record<string, string>);
    });
    this.parser.on("attribute", ({ name, value }) => {
      if (name.charCodeAt(0) === 120 /* x */ && (name === "xmlns" || name.startsWith("xmlns:"))) {
        this.declared.push([name === "xmlns" ? "" : name.slice(6), value]);
      }
    });
    this.parser.on("closetag", () => {
      handlers.close(codes.pop() ?? 0);
      const scope = this.scopes[this.scopes.length - 1];
      if (scope.depth === codes.length) {
        this.scopes.pop();
        this.names = new Map();
      }
    });
    this.parser.on("text", text);
    this.parser.on("cdata", text);
    this.parser.on("error", (error) => {
      throw new CorruptPackage(`${part}: not well-formed XML (${error.message})`);
    });
  }

  private enterDeclarations(): void {
    const parent = this.scopes[this.scopes.length - 1].prefixes;
    const prefixes = new Map(parent);
    for (const [prefix, uri] of this.declared) prefixes.set(prefix, uri);
    this.declared = [];
    this.scopes.push({ depth: this.codes.length, prefixes });
    this.names = new Map();
  }

  private resolve(name: string): number {
    const colon = name.indexOf(":");
    const uri = this.scopes[this.scopes.length - 1].prefixes.get(colon < 0 ? "" : name.slice(0, colon));
    const code =
      uri !== undefined && this.namespaces.has(uri)
        ? (this.locals.get(colon < 0 ? name : name.slice(colon + 1)) ?? 0)
        : 0;
    this.names.set(name, code);
    return code;
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
