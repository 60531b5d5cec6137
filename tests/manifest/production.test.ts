/**
 * The production manifest (issue 12, item 9): `npm run build` copies manifest.xml into dist/ through the
 * transform in webpack.config.js. Taken from the webpack configuration itself, so the test checks what the
 * build does, not a copy of it.
 */
import { readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

interface CopyPattern {
  from: string;
  transform?: (content: Buffer) => string | Buffer;
}

async function buildTransform(): Promise<(content: Buffer) => string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
  const config = require(join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    options: { mode: string },
  ) => Promise<{ plugins: { patterns?: CopyPattern[] }[] }>;
  const { plugins } = await config({}, { mode: "production" });
  const pattern = plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml");
  if (!pattern?.transform) throw new Error("webpack.config.js copies no manifest.xml with a transform");
  const transform = pattern.transform;
  return (content) => String(transform(content));
}

describe("production manifest (dist/manifest.xml)", () => {
  const source = readFileSync(join(ROOT, "manifest.xml"));

  it("names no localhost anywhere, AppDomains included", async () => {
    const production = (await buildTransform())(source);
    expect(production).not.toMatch(/localhost|127\.0\.0\.1/i);
    expect(production).toMatch(/<AppDomain>https:\/\/salespace\.example\.com<\/AppDomain>/);
    expect(production).toContain(
      '<SourceLocation DefaultValue="https://salespace.example.com/taskpane.html"/>',
    );
  });

  it("refuses to build a manifest that would still name localhost", async () => {
    const transform = await buildTransform();
    const stray = Buffer.from(
      String(source).replace("</AppDomains>", "<AppDomain>http://localhost:8080</AppDomain></AppDomains>"),
    );
    expect(() => transform(stray)).toThrow(/localhost.*line \d+/);
  });
});
