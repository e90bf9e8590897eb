// Before any test file: an id for this Jest run, put on the command line of every browser the
// tests launch (src/devtools/browser.ts), so that the global teardown can find this run's browsers
// and no other process. The pages are built by `npm test` before Jest starts, not here.
export default function globalSetup(): void {
  process.env.SOPIMUS_TEST_RUN = `${process.pid}-${Date.now().toString(36)}`;
}
