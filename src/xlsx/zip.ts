/**
 * The little of the zip format an .xlsx needs, for writing workbooks too big for exceljs's in-memory
 * model: read the entries of a small zip held in memory, and write a zip whose big entries are
 * streamed (deflated as they are produced, sizes and CRC in data descriptors). No zip64: every entry
 * and the whole file stay under 4 GB (400,000 report rows are about 600 MB of sheet XML).
 */
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { createDeflateRaw, inflateRawSync } from "node:zlib";
import { CorruptPackage, isZlibError } from "./corruptPackage";
import { crc32 } from "./crc32";

export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
/** Entries carry a fixed date, so the same content gives the same file. */
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;

/** An entry of a zip held in memory, not yet decompressed. */
export interface ZipDirectoryEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressed: Buffer;
  /** CRC-32 and size of the decompressed content, from the central directory. */
  readonly crc: number;
  readonly size: number;
}

/**
 * The entries of an in-memory zip, as listed in its central directory.
 * @throws CorruptPackage when it is not a zip, or a damaged or truncated one.
 */
export function readZipDirectory(zip: Buffer): ZipDirectoryEntry[] {
  try {
    return directoryOf(zip);
  } catch (error) {
    // A truncated file makes the directory's offsets point past its end.
    if (error instanceof RangeError) throw new CorruptPackage(`truncated zip (${error.message})`);
    throw error;
  }
}

function directoryOf(zip: Buffer): ZipDirectoryEntry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new CorruptPackage("not a zip: no end of central directory");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipDirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new CorruptPackage("corrupt zip central directory");
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 24);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new CorruptPackage(`corrupt zip entry ${name}`);
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    if (start + compressedSize > zip.length) throw new CorruptPackage(`truncated zip entry ${name}`);
    entries.push({ name, method, crc, size, compressed: zip.subarray(start, start + compressedSize) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * One entry's content.
 * @throws CorruptPackage when its compressed data is damaged or compressed in a way zip readers rarely use.
 */
export function inflateEntry(entry: ZipDirectoryEntry): Buffer {
  if (entry.method === 0) return Buffer.from(entry.compressed);
  if (entry.method === 8) {
    try {
      return inflateRawSync(entry.compressed);
    } catch (error) {
      if (isZlibError(error)) throw new CorruptPackage(`${entry.name}: damaged (${error.message})`);
      throw error;
    }
  }
  throw new CorruptPackage(`unsupported zip compression ${entry.method} in ${entry.name}`);
}

/** Every entry of an in-memory zip, decompressed (stored and deflated entries). */
export function readZip(zip: Buffer): ZipEntry[] {
  return readZipDirectory(zip).map((entry) => ({ name: entry.name, data: inflateEntry(entry) }));
}

interface Written {
  readonly name: Buffer;
  readonly method: number;
  readonly flags: number;
  readonly offset: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
}

/** A zip file written entry by entry; an entry's content may be produced piece by piece. */
export class ZipWriter {
  private readonly out: WriteStream;
  private offset = 0;
  private readonly written: Written[] = [];

  private failure: Error | null = null;

  constructor(path: string) {
    this.out = createWriteStream(path);
    // A write error (disk full, folder gone) is kept and thrown from the next add() or close().
    this.out.on("error", (error) => {
      this.failure ??= error;
    });
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  private async write(chunk: Buffer): Promise<void> {
    this.check();
    this.offset += chunk.length;
    if (!this.out.write(chunk)) await this.drained();
    this.check();
  }

  /** Resolves when the file takes more, or when it failed (a failed stream never drains). */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      if (this.failure || this.out.destroyed) return resolve();
      const done = (): void => {
        this.out.off("drain", done);
        this.out.off("close", done);
        resolve();
      };
      this.out.once("drain", done);
      this.out.once("close", done);
    });
  }

  /** Adds one entry whose content `produce` hands over in pieces (deflated on the way). */
  async add(
    name: string,
    produce: (push: (text: string | Buffer) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0808, 6); // bit 3: sizes in a data descriptor; bit 11: UTF-8 name
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(DOS_DATE_1980_01_01, 12);
    header.writeUInt16LE(nameBytes.length, 26);
    await this.write(Buffer.concat([header, nameBytes]));

    const deflate = createDeflateRaw({ level: 6 });
    let compressedSize = 0;
    // Written as it comes; when the file falls behind, deflate pauses until the file drains.
    deflate.on("data", (chunk: Buffer) => {
      compressedSize += chunk.length;
      this.offset += chunk.length;
      if (!this.out.write(chunk) && !this.failure) {
        deflate.pause();
        void this.drained().then(() => deflate.resume());
      }
    });
    const finished = once(deflate, "end");
    let crc = 0;
    let size = 0;
    await produce(async (piece) => {
      const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await once(deflate, "drain");
    });
    deflate.end();
    await finished;

    this.check();
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressedSize, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.write(descriptor);
    if (this.offset > 0xffffffff) throw new Error("workbook too big for a zip without zip64");
    this.written.push({
      name: nameBytes,
      method: 8,
      flags: 0x0808,
      offset,
      crc: crc >>> 0,
      compressedSize,
      size,
    });
  }

  /**
   * Copies an entry of another zip as it is: its compressed bytes, without inflating them.
   */
  async addRaw(entry: ZipDirectoryEntry): Promise<void> {
    const nameBytes = Buffer.from(entry.name, "utf8");
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // bit 11: UTF-8 name; sizes are known, so no data descriptor
    header.writeUInt16LE(entry.method, 8);
    header.writeUInt16LE(DOS_DATE_1980_01_01, 12);
    header.writeUInt32LE(entry.crc >>> 0, 14);
    header.writeUInt32LE(entry.compressed.length, 18);
    header.writeUInt32LE(entry.size, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    await this.write(Buffer.concat([header, nameBytes]));
    await this.write(entry.compressed);
    this.check();
    if (this.offset > 0xffffffff) throw new Error("workbook too big for a zip without zip64");
    this.written.push({
      name: nameBytes,
      method: entry.method,
      flags: 0x0800,
      offset,
      crc: entry.crc >>> 0,
      compressedSize: entry.compressed.length,
      size: entry.size,
    });
  }

  /** Writes the central directory and closes the file. */
  async close(): Promise<void> {
    const start = this.offset;
    for (const entry of this.written) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL_HEADER, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(entry.flags, 8);
      header.writeUInt16LE(entry.method, 10);
      header.writeUInt16LE(DOS_DATE_1980_01_01, 14);
      header.writeUInt32LE(entry.crc, 16);
      header.writeUInt32LE(entry.compressedSize, 20);
      header.writeUInt32LE(entry.size, 24);
      header.writeUInt16LE(entry.name.length, 28);
      header.writeUInt32LE(entry.offset, 42);
      await this.write(Buffer.concat([header, entry.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    this.check();
    const finished = once(this.out, "finish");
    this.out.end();
    await finished;
  }

  /** Stops writing (after a failure); the caller removes the file. */
  destroy(): void {
    this.out.destroy();
  }
}
