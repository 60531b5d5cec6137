/**
 * `npm start`, the Office way: office-addin-debugging starts the dev server and sideloads the add-in into
 * Excel desktop (Windows, macOS). Linux has no Excel desktop: there office-addin-debugging can only fail
 * ("Unable to install the CA certificate… sudo: not found", "Unable to start debugging", "Platform not
 * supported"), so it is not run at all. Instead we say first, in plain words, what happens, run the dev
 * server ourselves, and print how to load the add-in in Excel on the web and where the browser workbench
 * is. A real failure (port busy, build error) exits non-zero.
 */
const { spawn } = require("child_process");
const net = require("net");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const BIN = (name) => path.join(ROOT, "node_modules", ".bin", name);

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
}

const PLAN_ON_LINUX = [
  "SalesPace: Excel desktop does not run on Linux, so nothing is sideloaded into it.",
  `Starting the dev server on https://localhost:${PORT}/ for Excel on the web and the browser workbench;`,
  "the steps to load the add-in follow once it has compiled.",
  "",
].join("\n");

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "127.0.0.1");
  });
}

function webSteps() {
  return [
    "",
    `SalesPace: the dev server is running on https://localhost:${PORT}/ — keep this terminal open.`,
    "",
    "Load SalesPace in Excel on the web:",
    "  1. Trust the dev certificate in your browser: open https://localhost:" +
      PORT +
      "/taskpane.html once and accept it",
    "     (or add .certs/ca.crt to your trust store).",
    "  2. Open a workbook at https://www.office.com (Excel on the web).",
    "  3. Home › Add-ins › More Add-ins › Upload My Add-in, choose manifest.xml from this folder, Upload.",
    "  4. The SalesPace group appears on the Home tab; click SalesPace to open the pane.",
    "",
    `Try it without Excel: the workbench (simulated workbook) is at https://localhost:${PORT}/workbench.html`,
    "Stop with Ctrl+C.",
    "",
  ].join("\n");
}

async function startDevServerHere() {
  if (!(await portIsFree(PORT))) {
    console.error(
      `SalesPace: port ${PORT} is already in use. Stop whatever runs there (npm stop?) and try again.`,
    );
    process.exit(1);
  }
  const server = spawn(BIN("webpack"), ["serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let announced = false;
  server.stdout.on("data", (chunk) => {
    const text = String(chunk);
    process.stdout.write(text);
    if (!announced && /compiled successfully/.test(text)) {
      announced = true;
      console.log(webSteps());
    }
    if (/compiled with \d+ errors?/.test(text) && !announced) {
      console.error("SalesPace: the build failed (see above). Fix it and run npm start again.");
      server.kill();
      process.exitCode = 1;
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("close", (code) => process.exit(process.exitCode || code || 0));
}

async function main() {
  if (process.platform === "linux") {
    console.log(PLAN_ON_LINUX);
    await startDevServerHere();
    return;
  }
  process.exit(await run(BIN("office-addin-debugging"), ["start", "manifest.xml"]));
}

main().catch((error) => {
  console.error(`SalesPace: could not start: ${error.message}`);
  process.exit(1);
});
