// Shared test set-up: every page a test opens is watched for console errors, CSP violations and
// requests to any host but the site's own; any of them fails the test.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend<{ watch: { errors: string[]; foreign: string[] } }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
      });
      const watch = { errors, foreign };
      await use(watch);
      expect(errors, 'console errors or CSP violations').toEqual([]);
      expect(foreign, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe with the WCAG 2.2 A/AA rules: the violations, summarised for a readable failure. */
export async function axeViolations(page: Page, tags: string[] = WCAG_TAGS) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const LOCALES = ['ko', 'en'] as const;
