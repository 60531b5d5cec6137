/**
 * HTTPS for the dev server on https://localhost:3000.
 *
 * Office requires add-ins to be served over HTTPS with a certificate the machine trusts.
 * office-addin-dev-certs makes one and installs its CA into the system store — on Windows and macOS.
 * On Linux it would do that with `sudo` (absent in CI and containers, where it prints "Unable to install
 * the CA certificate… sudo: not found"), and Excel desktop does not run there anyway; so on Linux we
 * always use a certificate the project generates into its own ignored folder `.certs/` (same generator,
 * no system change), and say so in one plain line: browsers will not trust it until you trust
 * `.certs/ca.crt` yourself.
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
  const folder = path.relative(process.cwd(), CERT_DIR) || ".certs";
  process.stderr.write(
    `SalesPace: serving HTTPS with the development certificate in ${folder}/ (nothing is installed ` +
      `system-wide). Your browser will ask once; to stop that, trust ${folder}/ca.crt.\n`,
  );
  return projectCertificate();
}

module.exports = { httpsOptions, projectCertificate, CERT_DIR };
