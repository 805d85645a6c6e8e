/**
 * Answers the questionnaire's shortest path to a result (child under 18, father 死亡, mother 失踪: an orphan) in a
 * page or a frame, waiting for each new question, as the release and hardening browser tests need a result to work on.
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

export async function answerOrphanPath(page: Page | Frame): Promise<void> {
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const option = (label: string) => page.locator('.q-option label').filter({ hasText: new RegExp(`^${label}`) }).first();
  await button('开始回答').click();
  for (const label of ['未满18周岁', '死亡', '失踪']) {
    const before = await page.locator('#q-heading').innerText();
    await option(label).click();
    await button('继续').click();
    await expect.poll(() => page.locator('#q-heading').innerText()).not.toBe(before);
  }
  await button('查看初步判断').click();
  await page.locator('.q-result').waitFor();
}
