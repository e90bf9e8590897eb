/** The dev server's https options, its certificate made (without sudo) or reused in certDir(), each step said (see dev-server.js). */
export function devHttpsOptions(say?: (line: string) => void): Promise<{ ca: Buffer; cert: Buffer; key: Buffer }>;
/** The page with its CSP's connect-src allowing the dev server's reload socket on `port` (development builds only). */
export function allowDevSocket(html: string, port: number): string;
/** The webpack plugin applying allowDevSocket to every page. */
export class DevSocketCsp {
  constructor(port: number);
  port: number;
  apply(compiler: unknown): void;
}
/** Where the development certificate is kept. */
export function certDir(): string;
