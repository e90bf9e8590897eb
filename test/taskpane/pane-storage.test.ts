/** @jest-environment jsdom */
// The pane's remembered choices go into localStorage under Office.context.partitionKey where Office
// gives one (Microsoft: private data in partitioned localStorage), as they are where it gives none.
import { cleanup, render } from "@testing-library/react";
import { createElement } from "react";
import { App } from "../../src/taskpane/App";
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

test("the pane's remembered theme is read under the partition key (App.tsx)", () => {
  (globalThis as { Office?: unknown }).Office = { context: { partitionKey: "p1" } };
  try {
    window.localStorage.setItem("sopimus.theme", "light");
    window.localStorage.setItem("p1sopimus.theme", "dark");
    render(createElement(App, { host: null, initialLang: "fi" }));
    expect(document.documentElement.style.colorScheme).toBe("dark");
    cleanup();
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
  }
});
