// The step-by-step journey, for any valid content: the steps and questions come from content/journey.
// (Walking two branches by clicking, with and without JavaScript: tests/e2e/fixture/journey-branches.spec.ts.)
import { axe, expect, journeyOf, LANGS, readable, test, type Site } from './site';

const stepCount = (site: Site) => journeyOf(site).steps.length;

/** Every page the questions lead to: one answer to each question in turn, as ids. */
function answerPaths(site: Site): string[][] {
  const { questions } = journeyOf(site);
  const paths: string[][] = [];
  const walk = (path: string[]) => {
    if (path.length) paths.push(path);
    for (const answer of questions[path.length]?.answers ?? []) walk([...path, answer.id]);
  };
  walk([]);
  return paths;
}

for (const lang of LANGS) {
  test(`${lang}: follow the journey from step 1 to the last step with the next links`, async ({ page, site }) => {
    await page.goto(`/${lang}/forste-uger/`);
    const steps = page.locator('.step');
    const total = stepCount(site);
    await expect(steps).toHaveCount(total);
    const titles = await Promise.all(
      (await steps.locator('.step__title > span[lang], .step__title > span:not(.step__number)').all()).map(readable),
    );

    await steps.first().getByRole('link').click();
    for (let n = 1; n <= total; n++) {
      await expect(page.locator('.journey-header')).toContainText(new RegExp(`\\b${n}\\b.*\\b${total}\\b`));
      expect(await readable(page.locator('h1'))).toBe(titles[n - 1]);
      const next = page.locator('.journey-pager a[rel="next"]');
      if (n === total) {
        await expect(next).toHaveCount(0);
        await expect(page.locator('.journey-pager a[rel="prev"]')).toHaveCount(1);
      } else {
        await next.click();
      }
    }
  });

  test(`${lang}: ticks stay after a reload and nothing leaves the site`, async ({ page, baseURL, site }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await page.goto(`/${lang}/forste-uger/`);
    await expect(page.locator('.journey-privacy')).toBeVisible();
    const boxes = page.getByRole('checkbox');
    await expect(boxes).toHaveCount(stepCount(site));
    await boxes.nth(0).check();
    await page.reload();
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(1)).not.toBeChecked();
    await boxes.nth(0).uncheck();
    await page.reload();
    await expect(boxes.nth(0)).not.toBeChecked();
    expect(requests.filter((r) => !r.startsWith(`GET ${baseURL}`))).toEqual([]);
  });

  test(`${lang}: every step is open and readable without JavaScript, and steps open and close`, async ({ browser, baseURL, site }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`/${lang}/forste-uger/`);
    const bodies = page.locator('.step__body');
    await expect(bodies).toHaveCount(stepCount(site));
    for (const body of await bodies.all()) await expect(body.getByRole('link')).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await page.locator('.step summary').first().click();
    await expect(bodies.first()).toBeHidden();
    await page.locator('.step summary').first().click();
    await expect(bodies.first()).toBeVisible();
    await context.close();
  });
}

for (const lang of LANGS) {
  test(`${lang}: each situation's page asks the next question, or shows exactly its steps in order`, async ({ page, site }) => {
    const { questions, steps } = journeyOf(site);
    await page.goto(`/${lang}/forste-uger/`);
    // The full list keeps every step; the first question, if any, is asked above it.
    await expect(page.locator('.step')).toHaveCount(steps.length);
    await expect(page.locator('.journey-question')).toHaveCount(questions.length ? 1 : 0);
    for (const answers of answerPaths(site)) {
      const path = `/${lang}/forste-uger/${answers.join('/')}/`;
      await page.goto(path);
      for (const other of LANGS)
        await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`), path).toHaveAttribute(
          'href',
          new RegExp(`/${other}/forste-uger/${answers.join('/')}/$`),
        );
      const next = questions[answers.length];
      if (next) {
        await expect(page.locator('.journey-question h2')).toHaveText(next.text[lang]!);
        expect(await page.locator('.journey-question a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
          next.answers.map((answer) => `${path}${answer.id}/`),
        );
        await expect(page.locator('.step')).toHaveCount(0);
      } else {
        const expected = steps
          .filter((step) => !step.when || step.when.some((id) => answers.includes(id)))
          .map((s) => `/${lang}/${s.guide}/`);
        expect(await page.locator('.step__body a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))), path).toEqual(
          expected,
        );
        const numbers = await page.locator('.step__number').allInnerTexts();
        numbers.forEach((text, i) => expect(text).toMatch(new RegExp(`\\b${i + 1}\\b.*\\b${expected.length}\\b`)));
        await expect(page.locator('.save-offline')).toHaveAttribute('data-save', [path, ...expected].join(' '));
      }
    }
  });

  test(`${lang}: the first situation pages have no axe violations`, async ({ page, site }) => {
    const paths = answerPaths(site);
    // The first answer's page, and the first page of steps (the same page when there is one question).
    for (const answers of new Set([paths[0], paths.find((p) => p.length === journeyOf(site).questions.length)])) {
      if (!answers) continue;
      await page.goto(`/${lang}/forste-uger/${answers.join('/')}/`);
      expect(await axe(page)).toEqual([]);
    }
  });
}
