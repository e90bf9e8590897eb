// jsdom lacks what Fluent UI measures with (ResizeObserver, matchMedia) and CSS.escape.
if (typeof window !== "undefined") {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  const css = ((globalThis as unknown as { CSS?: { escape?: (s: string) => string } }).CSS ??= {});
  css.escape ??= (s: string) => s.replace(/["\\[\]]/g, "\\$&");
}
