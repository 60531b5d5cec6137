/**
 * Bad files on the command line (issue #8, part 6; SPEC §7): whatever file `salespace validate` or
 * `salespace rollup` is given — empty, random bytes, a zip that is not a workbook, a truncated .xlsx,
 * a password-protected (encrypted OLE) workbook, a read-only workbook to roll up in place, an output
 * that cannot be written — it exits with status 2 and one line naming the problem, and the input file
 * stays byte-identical.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { runCli } from "../cli/runCli";
import { sha256, tempFolder } from "../xlsx/workbookFiles";

/**
 * The smallest Compound File (OLE2, version 3, 512-byte sectors) that Office writes for a workbook
 * with a password: a FAT sector, a directory sector, and the two streams of an encrypted package
 * (MS-OFFCRYPTO), empty here. Layout per MS-CFB.
 */
function encryptedWorkbook(): Buffer {
  const ENDOFCHAIN = 0xfffffffe;
  const FREESECT = 0xffffffff;
  const NOSTREAM = 0xffffffff;
  const file = Buffer.alloc(512 * 3);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x003e, 24); // minor version
  file.writeUInt16LE(0x0003, 26); // major version 3
  file.writeUInt16LE(0xfffe, 28); // little-endian
  file.writeUInt16LE(9, 30); // 512-byte sectors
  file.writeUInt16LE(6, 32); // 64-byte mini sectors
  file.writeUInt32LE(1, 44); // one FAT sector
  file.writeUInt32LE(1, 48); // directory starts at sector 1
  file.writeUInt32LE(0x1000, 56); // mini stream cutoff
  file.writeUInt32LE(ENDOFCHAIN, 60); // no mini FAT
  file.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
  file.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) file.writeUInt32LE(FREESECT, 76 + 4 * i);
  const fat = 512;
  file.writeUInt32LE(0xfffffffd, fat); // sector 0 holds the FAT
  file.writeUInt32LE(ENDOFCHAIN, fat + 4); // sector 1: the directory, one sector long
  for (let i = 2; i < 128; i++) file.writeUInt32LE(FREESECT, fat + 4 * i);
  const entry = (index: number, name: string, type: number, right: number, child: number) => {
    const at = 1024 + 128 * index;
    file.write(`${name}\0`, at, "utf16le");
    file.writeUInt16LE((name.length + 1) * 2, at + 64);
    file.writeUInt8(type, at + 66);
    file.writeUInt8(1, at + 67); // black
    file.writeUInt32LE(NOSTREAM, at + 68);
    file.writeUInt32LE(right, at + 72);
    file.writeUInt32LE(child, at + 76);
    file.writeUInt32LE(ENDOFCHAIN, at + 116);
  };
  entry(0, "Root Entry", 5, NOSTREAM, 1);
  entry(1, "EncryptionInfo", 2, 2, NOSTREAM);
  entry(2, "EncryptedPackage", 2, NOSTREAM, NOSTREAM);
  for (const at of [1024 + 128 * 3]) {
    file.writeUInt32LE(NOSTREAM, at + 68);
    file.writeUInt32LE(NOSTREAM, at + 72);
    file.writeUInt32LE(NOSTREAM, at + 76);
  }
  return file.subarray(0, 1536);
}

/** A zip archive (stored, no compression) with one text file: a zip, but not a workbook. */
async function zipThatIsNotAWorkbook(): Promise<Buffer> {
  const JSZip = (await import("jszip")).default;
  const zip = new JSZip();
  zip.file("notes.txt", "Quarterly notes, not a spreadsheet.");
  zip.file("docs/readme.md", "# hello");
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Deterministic pseudo-random bytes (xorshift), so a failure reproduces. */
function randomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

interface BadFile {
  readonly what: string;
  readonly bytes: () => Promise<Buffer>;
  readonly says: RegExp;
}

describe("salespace on bad files", () => {
  const tmp = tempFolder("salespace-badfiles-");
  let good: Buffer;
  let counted = 0;

  beforeAll(async () => {
    const book = tmp.file("good.xlsx");
    expect(
      (await runCli(["demo", book, "--people", "2", "--days", "3", "--seed", "1", "--quiet"])).code,
    ).toBe(0);
    good = readFileSync(book);
  });
  afterAll(() => {
    console.log(`bad files: ${counted} bad-file cases`);
    tmp.remove();
  });

  const FILES: readonly BadFile[] = [
    { what: "an empty file", bytes: async () => Buffer.alloc(0), says: /empty|not an \.xlsx workbook/ },
    {
      what: "random bytes",
      bytes: async () => randomBytes(20_000, 42),
      says: /not an \.xlsx workbook|corrupt/,
    },
    {
      what: "a zip that is not a workbook",
      bytes: zipThatIsNotAWorkbook,
      says: /not an \.xlsx workbook|corrupt|has no worksheets/,
    },
    {
      what: "a truncated .xlsx",
      bytes: async () => good.subarray(0, Math.floor(good.length * 0.7)),
      says: /corrupt or unreadable/,
    },
    {
      what: "a .xlsx whose first bytes were overwritten",
      bytes: async () => Buffer.concat([randomBytes(64, 7), good.subarray(64)]),
      says: /not an \.xlsx workbook|corrupt/,
    },
    {
      what: "a password-protected workbook",
      bytes: async () => encryptedWorkbook(),
      says: /password-protected/,
    },
  ];

  const COMMANDS: readonly { name: string; args: (path: string) => string[] }[] = [
    { name: "validate", args: (p) => ["validate", p, "--quiet"] },
    { name: "rollup in place", args: (p) => ["rollup", p, "--as-of", "2026-11-20", "--quiet"] },
    { name: "rollup --out", args: (p) => ["rollup", p, "--out", tmp.file("out.xlsx"), "--quiet"] },
  ];

  describe.each(FILES)("$what", ({ what, bytes, says }) => {
    it.each(COMMANDS)(
      "$name exits 2 with one line naming it and leaves the file byte-identical",
      async ({ args }) => {
        counted++;
        const path = tmp.file(`${what.replace(/\W+/g, "-")}.xlsx`);
        writeFileSync(path, await bytes());
        const before = sha256(path);
        const run = await runCli(args(path));
        expect({ code: run.code, stderr: run.stderr }).toEqual({
          code: 2,
          stderr: expect.stringMatching(says),
        });
        expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
        expect(run.stderr).toContain(path.split("/").pop());
        expect(sha256(path)).toBe(before);
        expect(existsSync(tmp.file("out.xlsx"))).toBe(false);
      },
    );
  });

  it("the encrypted workbook built here is a well-formed compound file with the encrypted-package streams", async () => {
    const ole = encryptedWorkbook();
    expect(ole.subarray(0, 8)).toEqual(Buffer.from("d0cf11e0a1b11ae1", "hex"));
    expect(ole.length).toBe(512 * 3);
    const names = [0, 1, 2].map((i) => {
      const at = 1024 + 128 * i;
      return ole.toString("utf16le", at, at + ole.readUInt16LE(at + 64) - 2);
    });
    expect(names).toEqual(["Root Entry", "EncryptionInfo", "EncryptedPackage"]);
    // exceljs itself cannot open it: the CLI must say why instead of passing exceljs's error on.
    const bytes = new Uint8Array(ole).buffer;
    await expect(new ExcelJS.Workbook().xlsx.load(bytes)).rejects.toBeDefined();
  });

  it("a read-only workbook is not rolled up in place: exit 2, one line, file byte-identical", async () => {
    counted++;
    const path = tmp.file("read-only.xlsx");
    writeFileSync(path, good);
    chmodSync(path, 0o444);
    const before = sha256(path);
    const run = await runCli(["rollup", path, "--as-of", "2026-11-20", "--quiet"]);
    chmodSync(path, 0o644);
    expect({ code: run.code, lines: run.stderr.trimEnd().split("\n").length }).toEqual({ code: 2, lines: 1 });
    expect(run.stderr).toMatch(/is read-only.*--out/);
    expect(sha256(path)).toBe(before);
  });

  it("a read-only workbook can still be validated and rolled up into another file", async () => {
    const path = tmp.file("read-only-2.xlsx");
    writeFileSync(path, good);
    chmodSync(path, 0o444);
    const before = sha256(path);
    const validate = await runCli(["validate", path, "--quiet"]);
    const out = tmp.file("from-read-only.xlsx");
    const rollup = await runCli(["rollup", path, "--as-of", "2026-11-20", "--out", out, "--quiet"]);
    chmodSync(path, 0o644);
    expect(validate.code).not.toBe(2);
    expect(rollup.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(sha256(path)).toBe(before);
  });

  it.each([
    ["in a folder that does not exist", (t: typeof tmp) => t.file("no-such-folder/out.xlsx")],
    ["under a path that is a file, not a folder", (t: typeof tmp) => t.file("good-copy.xlsx/out.xlsx")],
    ["that is a folder", (t: typeof tmp) => t.dir],
    ["in /proc, where nobody may create files", () => "/proc/salespace-out.xlsx"],
  ])("an output %s: exit 2, one line naming it, input byte-identical", async (_, out) => {
    counted++;
    const path = tmp.file("good-copy.xlsx");
    writeFileSync(path, good);
    const before = sha256(path);
    const target = out(tmp);
    const run = await runCli([
      "rollup",
      path,
      "--as-of",
      "2026-11-20",
      "--out",
      target.endsWith(".xlsx") ? target : `${target}`,
      "--quiet",
    ]);
    expect({ code: run.code, lines: run.stderr.trimEnd().split("\n").length }).toEqual({ code: 2, lines: 1 });
    expect(run.stderr).toMatch(/cannot write|not an \.xlsx file name|not writable|is a folder/);
    expect(sha256(path)).toBe(before);
  });
});
