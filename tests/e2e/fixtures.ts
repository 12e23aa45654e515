// Shared test set-up: every page a test opens is watched for console errors, CSP violations and
// requests to any host but the site's own; any of them fails the test. CSP violations are caught
// twice: as the console errors Chromium logs for them, and as securitypolicyviolation events,
// which an init script records on window (window.__cspViolations) and reports to the test.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend<{ watch: { errors: string[]; foreign: string[]; csp: string[] } }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      const csp: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
      });
      // Reported as they happen, so that a violation on a page navigated away from still counts.
      await page.exposeBinding('__reportCspViolation', (_source, violation: string) => {
        csp.push(violation);
      });
      await page.addInitScript(recordCspViolations);
      const watch = { errors, foreign, csp };
      await use(watch);
      expect(errors, 'console errors or CSP violations').toEqual([]);
      expect(csp, 'CSP violations (securitypolicyviolation events)').toEqual([]);
      expect(foreign, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs in every page before its own scripts: records each CSP violation on window and reports it. */
function recordCspViolations() {
  const w = window as unknown as { __cspViolations: string[]; __reportCspViolation?: (v: string) => void };
  w.__cspViolations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      const where = e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber}:${e.columnNumber})` : '';
      const v = `${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${where}${e.sample ? ` "${e.sample}"` : ''}`;
      w.__cspViolations.push(v);
      w.__reportCspViolation?.(v);
    },
    true,
  );
}

/** The CSP violations recorded on the current page since it loaded. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The WCAG 2.2 A/AA rules and axe's best practices. */
export const WCAG_AND_BEST_PRACTICE_TAGS = [...WCAG_TAGS, 'best-practice'];

/** axe with the WCAG 2.2 A/AA rules: the violations, summarised for a readable failure. */
export async function axeViolations(page: Page, tags: string[] = WCAG_TAGS) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const LOCALES = ['ko', 'en'] as const;
