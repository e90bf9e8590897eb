// What the views need to know about where they run: in Excel a write is in the workbook at once;
// in file mode it is kept only when the workbook is downloaded, and while a download is waiting the
// command bar's download is the one primary action (the views' own actions step back).
import { createContext, useContext } from "react";

export interface PaneMode {
  mode: "excel" | "file";
  /** A change waits to be downloaded (file mode): the download is the primary action. */
  downloadWaiting: boolean;
}

export const PaneModeContext = createContext<PaneMode>({ mode: "excel", downloadWaiting: false });

export function usePaneMode(): PaneMode {
  return useContext(PaneModeContext);
}

/** The appearance of a view's main action: primary, unless the download is the one primary action now. */
export function useMainAppearance(): "primary" | "secondary" {
  return usePaneMode().downloadWaiting ? "secondary" : "primary";
}
