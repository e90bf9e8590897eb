// Ribbon commands: "Päivitä tilat" refreshes the status column in one click, without the pane.
import { refresh } from "../domain";
import { officeHost } from "../taskpane/host";

async function refreshStatuses(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const host = officeHost();
    const { snapshot } = await host.read();
    await host.write(refresh(snapshot, "fi").edits);
  } finally {
    event.completed();
  }
}

void Office.onReady(() => Office.actions.associate("refreshStatuses", refreshStatuses));
