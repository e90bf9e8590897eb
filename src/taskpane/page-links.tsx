// The two pages link to each other: the Office page (taskpane.html), opened outside Excel or where
// office.js did not load, says so and offers file mode (index.html); file mode names the Office
// page for those who have the add-in. Texts in Finnish, Swedish and English.
import { Link, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Lang } from "../domain/i18n/lang";
import { t } from "./text";

export const OFFICE_PAGE = "taskpane.html";
export const FILE_PAGE = "index.html";

const TEXTS = {
  toFileMode: {
    fi: "Voit myös tarkistaa työkirjatiedoston tässä selaimessa ilman Exceliä.",
    sv: "Du kan också granska en arbetsboksfil i den här webbläsaren utan Excel.",
    en: "You can also check a workbook file in this browser without Excel.",
  },
  toFileModeLink: { fi: "Avaa työkirjatiedosto", sv: "Öppna en arbetsboksfil", en: "Open a workbook file" },
  toOffice: {
    fi: "Jos Sopimus-apuohjelma on asennettu Exceliin, avaa se Excelin Aloitus-välilehdeltä.",
    sv: "Om tillägget Sopimus är installerat i Excel öppnar du det från fliken Start i Excel.",
    en: "If the Sopimus add-in is installed in Excel, open it from Excel's Home tab.",
  },
  toOfficeLink: { fi: "Excelin tehtäväruudun sivu", sv: "Sidan för aktivitetsfönstret i Excel", en: "The Excel task pane page" },
} satisfies Record<string, Record<Lang, string>>;

/**
 * On the Office page without Excel: what is wrong (office.js did not load, or the page is open
 * outside Excel: different causes, different help), and the way to file mode.
 */
export function NoOffice({ lang, reason = "notExcel" }: { lang: Lang; reason?: "notLoaded" | "notExcel" }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t(reason === "notLoaded" ? "officeNotLoaded" : "noOffice", lang)} {TEXTS.toFileMode[lang]} <Link href={FILE_PAGE}>{TEXTS.toFileModeLink[lang]}</Link>
      </MessageBarBody>
    </MessageBar>
  );
}

/** In file mode: the Office page, for those who have the add-in. */
export function ToOffice({ lang }: { lang: Lang }) {
  return (
    <Text size={200}>
      {TEXTS.toOffice[lang]} <Link href={OFFICE_PAGE}>{TEXTS.toOfficeLink[lang]}</Link>
    </Text>
  );
}
