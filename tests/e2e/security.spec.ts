import { allPages, expect, guides, test } from './site';

// Every reader page under its own policy: the browser must report no violation, even while searching or ticking.
test('no page breaks its Content-Security-Policy, sets a cookie or asks another host for anything', async ({
  page,
  context,
  baseURL,
  site,
}) => {
  test.setTimeout(300_000);
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  // A word every search page finds: the Danish title's first word of a translated guide, in that language.
  const guide = guides(site).find((g) => g.kl)!;
  const query = (lang: string) => String((guide[lang as 'kl' | 'da'] ?? guide.da).title).split(/\s/)[0]!;

  for (const path of allPages(site)) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toContain("script-src 'self'");
    expect(policy, path).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    if (path.endsWith('/soeg/')) {
      await page.locator('#search-page-field').fill(query(path.split('/')[1]!));
      await expect(page.locator('.search-results__list li').first(), path).toBeVisible();
    }
    if (path.endsWith('/forste-uger/')) await page.getByRole('checkbox').first().check();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
  }
  expect(consoleErrors).toEqual([]);
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('a script smuggled into a page would be blocked by the policy', async ({ page }) => {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.goto('/da/');
  // What the policy is for: inline code injected into the page does not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  expect(blocked.length).toBeGreaterThan(0);
});
