// Where the Office page stands once office.js had its chance: in Excel; opened outside Excel (a
// plain browser, another Office application); or office.js did not load (blocked by a network or
// a Content-Security-Policy, or Microsoft's CDN out of reach). The two last ones are different
// messages: the help desk looks at the network for the one, at how the pane was opened for the other.
export type OfficeStart = { kind: "excel"; displayLanguage: string } | { kind: "notExcel" } | { kind: "notLoaded" };

/**
 * How long office.js may take to call Office.onReady back. office.js loads further scripts of its
 * own (the host's API files); where one is blocked, onReady never answers.
 */
export const OFFICE_READY_MS = 20_000;

interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Excel?: unknown };
  context?: { displayLanguage?: string };
}

export async function whenOfficeReady(
  global: { Office?: OfficeLike } = globalThis as { Office?: OfficeLike },
  timeoutMs = OFFICE_READY_MS,
): Promise<OfficeStart> {
  const office = global.Office;
  if (typeof office === "undefined" || typeof office.onReady !== "function") return { kind: "notLoaded" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), timeoutMs)));
  try {
    const info = await Promise.race([office.onReady(), late]);
    if (info === "late") return { kind: "notLoaded" };
    const excel = office.HostType?.Excel ?? "Excel";
    return info.host === excel ? { kind: "excel", displayLanguage: office.context?.displayLanguage ?? "" } : { kind: "notExcel" };
  } catch {
    return { kind: "notLoaded" };
  } finally {
    clearTimeout(timer);
  }
}
