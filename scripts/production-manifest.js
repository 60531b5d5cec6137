/**
 * The production manifest from the development one: every dev-server URL (https://localhost:3000, with or
 * without a path) becomes the production URL, AppDomains included, and a build whose manifest still names
 * localhost anywhere fails instead of shipping it (Microsoft's store validation refuses localhost URLs).
 */
const DEV_ORIGIN = "https://localhost:3000";

/** `manifest` (the text of manifest.xml) for hosting at `productionUrl` (e.g. https://salespace.example.com/). */
function productionManifest(manifest, productionUrl) {
  const origin = new URL(productionUrl).origin;
  const base = productionUrl.endsWith("/") ? productionUrl : `${productionUrl}/`;
  const text = manifest
    .split(`${DEV_ORIGIN}/`)
    .join(base)
    .split(DEV_ORIGIN)
    .join(origin)
    .replace("URLs point at the dev server", "URLs point at the production host");
  const left = /localhost|127\.0\.0\.1/i.exec(text);
  if (left) {
    const line = text.slice(0, left.index).split("\n").length;
    throw new Error(`The production manifest still names ${left[0]} (line ${line}); fix manifest.xml.`);
  }
  return text;
}

module.exports = { DEV_ORIGIN, productionManifest };
