// The first script of the file-mode page (index.html): the pane on a local .xlsx in a plain
// browser. This page never loads office.js, and its Content-Security-Policy (in the page's
// <head>) allows no outside connection.
import { startFileMode } from "./file-mode-entry";

startFileMode();
