// The gallery: contract workbooks written by other tools (openpyxl, LibreOffice) in the ways
// people really lay them out, each with the results domain.md decides, written down by someone
// who had not read the engine (test/gallery/README.md). Every workbook must give exactly its goal
// rows with their statuses, its issues and no false alarms, and a refresh may change only the
// cells the product owns (the harness: test/fixtures/gallery.ts).
import { galleryTests } from "../fixtures/gallery";

galleryTests(__dirname, "the gallery has at least 20 workbooks, each with its expectations");
