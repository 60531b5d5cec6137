/**
 * HTTPS for the dev server on https://localhost:3000.
 *
 * Office requires add-ins to be served over HTTPS with a certificate the machine trusts.
 * office-addin-dev-certs makes one and installs its CA into the system store — but on Linux it
 * does that with `sudo`, which a root shell without sudo (CI, containers) does not have, and then
 * `getHttpsServerOptions()` throws. There we fall back to a certificate the project generates into
 * its own ignored folder `.certs/` (same generator, no system change), and say so: browsers and
 * Excel will not trust it until you trust `.certs/ca.crt` yourself.
 */
const fs = require("fs");
const path = require("path");
const devCerts = require("office-addin-dev-certs");

const CERT_DIR = path.join(__dirname, "..", ".certs");
const files = {
  ca: path.join(CERT_DIR, "ca.crt"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};
const VALID_DAYS = 30;

function projectCertsAreFresh() {
  if (!Object.values(files).every((file) => fs.existsSync(file))) return false;
  const ageDays = (Date.now() - fs.statSync(files.cert).mtimeMs) / 86400000;
  return ageDays < VALID_DAYS - 1;
}

/** Key/cert/CA of a certificate generated into .certs/ (made or renewed when needed). */
async function projectCertificate() {
  if (!projectCertsAreFresh()) {
    fs.mkdirSync(CERT_DIR, { recursive: true });
    await devCerts.generateCertificates(files.ca, files.cert, files.key, VALID_DAYS);
  }
  return {
    ca: fs.readFileSync(files.ca),
    cert: fs.readFileSync(files.cert),
    key: fs.readFileSync(files.key),
  };
}

/**
 * HTTPS options for webpack-dev-server: the trusted office-addin-dev-certs certificate where it can
 * be installed, otherwise the project's own (with a notice on stderr).
 */
async function httpsOptions() {
  if (process.platform !== "linux") return devCerts.getHttpsServerOptions();
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const reason = String((error && error.message) || error).split("\n")[0];
    process.stderr.write(
      `\nSalesPace: office-addin-dev-certs could not install its CA here (${reason}).\n` +
        `Using a certificate generated in ${path.relative(process.cwd(), CERT_DIR) || ".certs"}/ instead. ` +
        `To trust it, add .certs/ca.crt to your system or browser trust store.\n\n`,
    );
    return projectCertificate();
  }
}

module.exports = { httpsOptions, projectCertificate, CERT_DIR };
