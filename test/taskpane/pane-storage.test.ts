/** @jest-environment jsdom */
// The pane's remembered choices go into localStorage under Office.context.partitionKey where Office
// gives one (Microsoft: private data in partitioned localStorage), as they are where it gives none.
import { paneStorage, partitionKey } from "../../src/taskpane/pane-storage";

afterEach(() => window.localStorage.clear());

test("keys are prefixed with the partition key Office gives", () => {
  const key = partitionKey({ Office: { context: { partitionKey: "abc123" } } });
  expect(key).toBe("abc123");
  paneStorage(window.localStorage, key)!.setItem("sopimus.tab", "refresh");
  expect(window.localStorage.getItem("abc123sopimus.tab")).toBe("refresh");
  expect(window.localStorage.getItem("sopimus.tab")).toBeNull();
  expect(paneStorage(window.localStorage, key)!.getItem("sopimus.tab")).toBe("refresh");
});

test("without a partition key (Windows' webview, file mode) the keys are used as they are", () => {
  expect(partitionKey({ Office: { context: {} } })).toBe("");
  expect(partitionKey({})).toBe("");
  paneStorage(window.localStorage, "")!.setItem("sopimus.theme", "dark");
  expect(window.localStorage.getItem("sopimus.theme")).toBe("dark");
  expect(paneStorage(null)).toBeNull();
});
