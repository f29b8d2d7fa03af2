/** The lead's steps in the bulletin editor, shared by every browser test that takes a bulletin to the public. */
import type { Locator, Page } from "playwright-core";

/**
 * Approves the open bulletin and opens the publish dialog; where the publish limit asks for a reason, gives
 * `reason`. Returns the dialog, still open, so a test can look at it before confirming.
 */
export async function approveAndOpenPublish(lead: Page, reason: string): Promise<Locator> {
  await lead.getByRole("button", { name: "Godkänn" }).click();
  await lead.getByText("Meddelandet är godkänt.").waitFor();
  await lead.getByRole("button", { name: "Publicera" }).click();
  const dialog = lead.getByRole("dialog", { name: "Publicera meddelandet" });
  // Wait for the gate's answer ("klarar (inte) publiceringsgränsen"), not "Kontrollerar publiceringsgränsen …": the
  // reason field appears only once the answer is in, and a slow machine would otherwise publish without one.
  await dialog.getByText(/klarar (inte )?publiceringsgränsen/).waitFor();
  if ((await dialog.getByLabel("Motivering").count()) > 0) await dialog.getByLabel("Motivering").fill(reason);
  return dialog;
}

/** Confirms the publish dialog and waits until the editor says the bulletin is public. */
export async function confirmPublish(lead: Page, dialog: Locator): Promise<void> {
  await dialog.getByRole("button", { name: /Publicera (nu|med motivering)/ }).click();
  await lead.getByText("Meddelandet är publicerat.").waitFor();
}
