/** The manifest with every development URL pointing at `url` (see manifest-url.js). */
export function deployManifest(xml: string, url: string): string;
