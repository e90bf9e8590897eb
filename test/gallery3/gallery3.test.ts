// The second independent gallery (test/gallery3/README.md): contract workbooks of other services and
// places (home care, elderly care, social work, culture, sports, technical services, a wellbeing services
// county; Swedish and English contracts) with periods in words, several review and target columns, figures
// in free text, typed status words, relative targets and budget blocks, each with the results domain.md
// decides, written down by someone who had not read the engine. The harness is the first gallery's
// (test/fixtures/gallery.ts): every workbook must give exactly its goal rows with their statuses, its
// issues and no false alarms, and a refresh may change only the cells the product owns.
import { galleryTests } from "../fixtures/gallery";

galleryTests(__dirname, "the second gallery has at least 20 workbooks, each with its expectations");
