/**
 * Production: `npm run build` → dist/ (taskpane.html + JS, commands.html + JS, assets, manifest.xml with
 * the production URL). Development: `npm run dev-server` serves the same over https://localhost:3000.
 * Laid out like the Yo Office React task-pane template (officejs.md §1.4).
 * The workbench (src/workbench: the task pane over the in-memory Excel double) is built in development
 * mode only, so it is never part of the production bundle: https://localhost:3000/workbench.html.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { productionManifest } = require("./scripts/production-manifest");

// CHANGE THIS to where the production build is hosted before you publish the manifest.
const urlProd = process.env.SALESPACE_URL || "https://salespace.example.com/";

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    // No eval-based source maps: the pane's Content-Security-Policy forbids eval (issue: no eval in the bundle).
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      ...(dev ? { workbench: "./src/workbench/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
      // Without it webpack's runtime finds the global object with `new Function("return this")`,
      // which the pane's Content-Security-Policy forbids (issue: no eval or new Function in the bundle).
      environment: { globalThis: true },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // `--env transpileOnly` (development builds for browser tests) skips type checking: tsc does that.
            options: {
              configFile: "tsconfig.json",
              onlyCompileBundledFiles: true,
              transpileOnly: dev && Boolean(env.transpileOnly),
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      ...(dev
        ? [
            new HtmlWebpackPlugin({
              filename: "workbench.html",
              template: "./src/workbench/workbench.html",
              chunks: ["workbench"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : productionManifest(content.toString(), urlProd);
            },
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await require("./scripts/certs").httpsOptions() } : "https",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
