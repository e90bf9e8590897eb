// Builds the task pane and the ribbon commands as the Office add-in template does: taskpane and
// commands entries, HtmlWebpackPlugin, icons and manifest copied, and an https dev server on port
// 3000 with office-addin-dev-certs (asked for only when serving).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { deployManifest } = require("./src/devtools/manifest-url");

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (e) {
    // Installing the CA needs sudo (Linux) or an admin prompt; serve with the generated
    // certificate anyway and say how to trust it.
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    if (!fs.existsSync(path.join(dir, "localhost.crt"))) throw e;
    console.warn(`The development CA is not trusted yet (${e.message}). Trust ${path.join(dir, "ca.crt")} in your browser or system, then reload.`);
    return {
      ca: fs.readFileSync(path.join(dir, "ca.crt")),
      key: fs.readFileSync(path.join(dir, "localhost.key")),
      cert: fs.readFileSync(path.join(dir, "localhost.crt")),
    };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      // Two pages: taskpane.html for Office (office.js in its <head>), index.html for file mode.
      taskpane: "./src/taskpane/bootstrap.ts",
      index: "./src/taskpane/file-page.ts",
      commands: "./src/commands/commands.ts",
      // File mode's worker keeps a fixed name: the page starts it as new Worker("xlsx-worker.js").
      "xlsx-worker": "./src/taskpane/xlsx-worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: (data) => (data.chunk.name === "xlsx-worker" ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
      // Every build writes its pages, also unchanged ones: their times tell the browser tests
      // whether dist/ is current (src/devtools/browser.ts).
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/taskpane/index.html", chunks: ["index"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          // ADDIN_URL=https://intra.example.fi/sopimus/ npm run build: a manifest pointing there.
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (process.env.ADDIN_URL ? deployManifest(content.toString(), process.env.ADDIN_URL) : content),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
