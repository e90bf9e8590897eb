// The pane's browser storage, keyed with Office.context.partitionKey where Office gives one:
// "any private data should be stored in partitioned localStorage. Office.context.partitionKey
// provides a key for use with local storage… the partition key is undefined in environments
// without partitioning, such as the browser controls for Windows applications" (Persist add-in
// state and settings, learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
// In file mode (no office.js) the keys are used as they are. Storage refused (private window,
// policy): null, and nothing is remembered.
export type PaneStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** The partition prefix Office gives this add-in instance, or "" where there is none. */
export function partitionKey(global: { Office?: { context?: { partitionKey?: string } } } = globalThis as never): string {
  try {
    return global.Office?.context?.partitionKey ?? "";
  } catch {
    return "";
  }
}

/** localStorage with every key prefixed by the partition key (Microsoft's sample: partitionKey + key). */
export function paneStorage(storage: PaneStorage | null = safeLocalStorage(), prefix: string = partitionKey()): PaneStorage | null {
  if (!storage) return null;
  return {
    getItem: (key) => storage.getItem(prefix + key),
    setItem: (key, value) => storage.setItem(prefix + key, value),
    removeItem: (key) => storage.removeItem(prefix + key),
  };
}

function safeLocalStorage(): PaneStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
