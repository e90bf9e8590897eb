// Builds src/devtools/template-pane.tsx alone, the same way as the pane, for the size comparison.
const path = require("path");
module.exports = {
  mode: "production",
  entry: { main: path.join(__dirname, "template-pane.tsx") },
  output: { filename: "[name].js", clean: true },
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
};
