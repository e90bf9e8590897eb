/** The manifest with every development URL pointing at `url` (see manifest-url.js). */
export function deployManifest(xml: string, url: string): string;
/** The deployed add-in's <Id>: a GUID derived from its address, distinct from the development one. */
export function idFor(address: string): string;
