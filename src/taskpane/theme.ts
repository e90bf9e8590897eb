// Office's theme when Office hosts the page, else the browser's light or dark preference.
export function isDark(): boolean {
  const bg = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  if (bg && /^#?[0-9a-f]{6}$/i.test(bg)) {
    const n = parseInt(bg.replace("#", ""), 16);
    return 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255) < 128;
  }
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}
