// In a plain browser: the pane in file mode on a local .xlsx.
import { createRoot } from "react-dom/client";
import { FileMode } from "./FileMode";
import { isDark } from "./theme";
import { langOf } from "./text";

export function startFileMode(): void {
  createRoot(document.getElementById("root") as HTMLElement).render(<FileMode initialLang={langOf(navigator.language)} dark={isDark()} />);
}
