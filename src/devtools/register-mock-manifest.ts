// Import before office-addin-mock outside jest: it loads office-addin-manifest, whose ESM-only
// dependencies Node 20 cannot require; the mock needs only its OfficeApp enum (docs/toolchain.md).
import path from "node:path";

const main = require.resolve("office-addin-manifest");
// A require-cache entry is the only way to stand in for a CommonJS module here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require.cache[main] = { id: main, filename: main, loaded: true, exports: require(path.join(path.dirname(main), "officeApp.js")) } as NodeModule;
