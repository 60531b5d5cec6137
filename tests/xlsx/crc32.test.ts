import * as zlib from "node:zlib";
import { crc32ByTable } from "../../src/xlsx/crc32";

describe("crc32 for zip entries on every Node 20", () => {
  const nodeCrc = (zlib as { crc32?: (d: Uint8Array, p?: number) => number }).crc32;

  it("matches the known check value of '123456789'", () => {
    expect(crc32ByTable(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  it("continues across pieces as one checksum of the whole", () => {
    const whole = Buffer.from("销售过程管理 — SalesPace", "utf8");
    const split = crc32ByTable(whole.subarray(7), crc32ByTable(whole.subarray(0, 7)));
    expect(split).toBe(crc32ByTable(whole));
  });

  it("equals Node's zlib.crc32 where Node has it", () => {
    if (!nodeCrc) return expect(process.version).toMatch(/^v20\.(\d|1[0-4])\./);
    const bytes = Buffer.alloc(70_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    expect(crc32ByTable(bytes, 12345)).toBe(nodeCrc(bytes, 12345));
  });
});
