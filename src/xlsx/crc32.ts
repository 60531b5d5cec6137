/**
 * CRC-32 of zip entries. `zlib.crc32` arrived in Node 20.15 (and 22.2); on an older Node 20 the same
 * checksum is computed from a table, so `engines: node >=20` stays true.
 */
import * as zlib from "node:zlib";

type Crc32 = (data: Uint8Array, previous?: number) => number;

let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** The table-driven CRC-32 (IEEE 802.3), continuing from `previous` as `zlib.crc32` does. */
export function crc32ByTable(data: Uint8Array, previous = 0): number {
  const t = crcTable();
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const native = (zlib as { crc32?: Crc32 }).crc32;

/** CRC-32 of `data`, continuing from `previous`: Node's own where it has one. */
export const crc32: Crc32 = native ?? crc32ByTable;
