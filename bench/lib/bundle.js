/** Figure 4 (size): the production bundle's JavaScript, raw and gzipped, per file and in total. */
const { readdirSync, readFileSync } = require("fs");
const { join } = require("path");
const { gzipSync } = require("zlib");

function bundleSizes(dist) {
  const files = readdirSync(dist)
    .filter((name) => name.endsWith(".js"))
    .map((name) => {
      const bytes = readFileSync(join(dist, name));
      return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  return {
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

module.exports = { bundleSizes };
