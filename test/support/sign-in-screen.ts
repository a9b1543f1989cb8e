import type { Page } from 'playwright-core';

/** Signs in on the till's sign-in screen as a volunteer would: their name, their PIN, "Aanmelden". */
export async function signInOnScreen(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name }).click();
  await page.getByLabel('Pincode', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}
