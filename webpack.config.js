// Builds the task pane (dist/taskpane.html) with its assets and the manifest, as the Office
// add-in template does. The Excel pane itself, the commands entry and the https dev server come
// with the add-in issue.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

module.exports = (_env, argv) => ({
  devtool: argv.mode === "production" ? false : "source-map",
  entry: { taskpane: "./src/taskpane/taskpane.ts" },
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].[contenthash:8].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
  },
  plugins: [
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/icon-*.png", to: "assets/[name][ext]" },
        { from: "manifest.xml", to: "manifest.xml" },
      ],
    }),
  ],
});
