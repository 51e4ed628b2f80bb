import { expect, test } from '@playwright/test';
import { keepScreenshot, openHall } from './helpers';

test('the exhibit index finds 工业CT by "CT" and opens it; keyboard only, both languages', async ({
  page,
}) => {
  await openHall(page);
  await page.keyboard.press('i');
  const index = page.getByRole('dialog', { name: '展品索引' });
  await expect(index).toBeVisible();
  const search = index.getByRole('searchbox', { name: '搜索展品、展区或仪器' });
  await expect(search).toBeFocused();
  await search.fill('CT');
  // Other rows may mention 工业CT in their snippet; this is the row titled 工业CT.
  const ct = index.getByRole('button', { name: /^工业CT/ });
  await expect(ct).toBeVisible();
  await keepScreenshot(page, 'index-search');
  await ct.click();
  await expect(index).toBeHidden();
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText('工业CT');
  await expect(page).toHaveURL(/#\/exhibit\/industrial-ct$/);
  // English words find Chinese-first entries too, and Enter picks the top result.
  await page.keyboard.press('Escape');
  // Escape closes the index and gives focus back to the button that opened it.
  const indexButton = page.getByRole('button', { name: '展品索引' });
  await indexButton.click();
  await expect(search).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(index).toBeHidden();
  await expect(indexButton).toBeFocused();
  await indexButton.click();
  await page.getByRole('searchbox').fill('gravimeter');
  await expect(
    page.getByRole('dialog', { name: '展品索引' }).getByRole('button', { name: /^量子绝对重力仪/ }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText('量子绝对重力仪');
  // What a panel says is found too: 试剂盒 is only in the innovation results' text. The exhibit comes
  // first, with the matching snippet, and opens its panel.
  await page.keyboard.press('Escape');
  await indexButton.click();
  await page.getByRole('searchbox').fill('试剂盒');
  const first = index.getByRole('listitem').first().getByRole('button');
  await expect(first).toContainText('创新成果');
  await expect(first.locator('mark')).toHaveText('试剂盒');
  await keepScreenshot(page, 'index-search-snippet');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText('创新成果');
  await expect(page).toHaveURL(/#\/exhibit\/innovation-results$/);
});
