import { expect, test } from '@playwright/test';
import { readable } from './site';

// A newcomer's path: choose a language, open a theme, read a guide, switch language, land on the same guide.
for (const [lang, name, other] of [
  ['kl', 'Kalaallisut', 'da'],
  ['da', 'Dansk', 'kl'],
] as const) {
  test(`newcomer path in ${name}`, async ({ page }) => {
    await page.goto('/');
    const choice = page.locator(`.language-choice__options li[lang="${lang}"] a`);
    await expect(choice).toContainText(name);
    await choice.click();
    await expect(page).toHaveURL(`/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);

    const theme = page.locator('.theme__title a').first();
    const themeName = await readable(theme);
    await theme.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/emne/[a-z]+/$`));
    expect(await readable(page.locator('h1'))).toBe(themeName);

    const guideLink = page.locator('.guide-list a').first();
    const guideTitle = await readable(guideLink);
    await guideLink.click();
    const slug = new URL(page.url()).pathname.split('/')[2];
    expect(await readable(page.locator('h1'))).toBe(guideTitle);
    await expect(page.locator('.contents-list')).toBeVisible();
    await expect(page.locator('.prose h2').first()).toBeVisible();

    await page.locator('.language-switch a').click();
    await expect(page).toHaveURL(`/${other}/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    expect(await readable(page.locator('h1'))).not.toBe(guideTitle);
  });
}
