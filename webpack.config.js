// Builds the task pane and the ribbon commands as the Office add-in template does: taskpane and
// commands entries, HtmlWebpackPlugin, icons and manifest copied, and an https dev server on port
// 3000 (its certificate made or reused only when serving, without sudo: src/devtools/dev-server.js;
// its reload socket allowed by the pages' CSP in development builds only).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { deployManifest } = require("./src/devtools/manifest-url");
const { devHttpsOptions, DevSocketCsp } = require("./src/devtools/dev-server");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

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
    // webpack's own runtime code in the same syntax as the pane's (see the ts-loader target below).
    target: ["web", "es2017"],
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES2017: what the webviews that run Sopimus take (WebView2, Safari's WKWebView from
          // macOS 10.14, current browsers for Excel on the web); README "Supported Excel clients".
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler", target: "ES2017" } },
          },
        },
        {
          // The pane's libraries ship newer syntax than its own code: Fluent UI's focus helpers
          // (tabster, keyborg) use class static blocks (ES2022) and `?.` (ES2020), which Safari
          // before 16.4 (Mac Excel's WKWebView on older macOS) cannot parse. Downlevelled to ES2017
          // like the pane's own code; test/manifest.test.ts parses the built chunks as ES2018 (the
          // engine's regular expressions use \p{L}, ES2018, which no compiler here rewrites).
          test: /\.m?js$/,
          include:
            /node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|react|react-dom|scheduler|stylis|rtl-css-js|use-sync-external-store|@swc|@babel)[\\/]/,
          resolve: { fullySpecified: false },
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { allowJs: true, module: "esnext", moduleResolution: "bundler", target: "ES2017" } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // Development builds only: the pages' connect-src also allows the dev server's reload socket.
      ...(dev ? [new DevSocketCsp(PORT)] : []),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/taskpane/index.html", chunks: ["index"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          // Plain ES5, not bundled: the message for Internet Explorer's and Edge Legacy's webviews.
          { from: "src/taskpane/old-webview.js", to: "old-webview.js" },
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
          server: { type: "https", options: await devHttpsOptions() },
          port: PORT,
        }
      : undefined,
  };
};
