// Quality gates for every page of the built site: the pages listed in dist/sitemap.xml (read when
// the tests are collected, so a new page is covered without editing this file) and the pages left
// out of it on purpose (/404.html, src/i18n/pages.ts). Any other built page fails
// tests/built/sitemap.test.ts.
// - axe (WCAG 2.0/2.1/2.2 A and AA, and best practices): no violation, in light and dark, on a
//   desktop (1280×800) and on a touch phone (360×740). One test per page and device; the page is
//   loaded once and checked in both colour schemes (the parallel view also with the other
//   language hidden).
// - no console error, no CSP violation, no request to another host (the auto fixture checks these
//   in every test; the CSP events are also checked right after each page has loaded).
// - exactly one CSP meta tag, before anything it governs, with no 'unsafe-inline' or 'unsafe-eval'
//   (checked in the desktop test, on the page already loaded).
// - the data files the data pages link to download and parse as JSON.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, cspViolations, WCAG_AND_BEST_PRACTICE_TAGS } from './fixtures.ts';
import { allPagePaths } from '../support/site.ts';
import { installSpeechStandIn } from '../engines/speech-stand-in.ts';

const PAGES = allPagePaths();

const DEVICES = {
  desktop: { viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false },
  phone: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true },
} as const;

const SCHEMES = ['light', 'dark'] as const;

/** axe's violations, one readable line per element: rule, impact, element, what is wrong. */
async function axe(page: Page): Promise<string[]> {
  // Only violations are gathered, and in the page itself ("legacy mode": no blank page opened to
  // collect results across frames, which the site has none of; axe would flag an untested one):
  // the same violations, in well under half the time.
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_AND_BEST_PRACTICE_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => {
      const why = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      return `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}${why ? `. ${why}` : ''}`;
    }),
  );
}

async function open(page: Page, path: string) {
  const response = await page.goto(path, { waitUntil: 'load' });
  // /404.html is served with 200 when asked for by name; a missing page gets it with a 404.
  expect(response?.status(), `${path} status`).toBe(200);
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Exactly one CSP meta tag, with no 'unsafe-inline' or 'unsafe-eval', and nothing it should govern
 * before it: a meta policy applies only to what follows it, so an inline script or style above it
 * runs unchecked, whatever hash the policy lists. Soft checks: axe still runs after a failure.
 */
async function checkCspMeta(page: Page, path: string) {
  const csp = page.locator('meta[http-equiv="content-security-policy" i]');
  await expect.soft(csp, `CSP meta tags on ${path}`).toHaveCount(1);
  if ((await csp.count()) !== 1) return;
  const policy = (await csp.getAttribute('content')) ?? '';
  expect.soft(policy, `CSP of ${path}`).toMatch(/default-src 'none'/);
  expect.soft(policy, `CSP of ${path}`).not.toContain("'unsafe-inline'");
  expect.soft(policy, `CSP of ${path}`).not.toContain("'unsafe-eval'");
  const before = await csp.evaluate((meta) => {
    // Scripts that run (not data blocks such as JSON-LD), styles, and what loads other resources.
    const governed =
      'script, style, link[rel~="stylesheet" i], link[rel~="preload" i], link[rel~="modulepreload" i], img, iframe, object, embed';
    const runs = (el: Element) =>
      el.localName !== 'script' ||
      /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i.test((el.getAttribute('type') ?? '').trim());
    return [...document.querySelectorAll(governed)]
      .filter(runs)
      .filter((el) => el.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING)
      .map((el) => el.outerHTML.slice(0, 120));
  });
  expect.soft(before, `elements before the CSP meta tag on ${path}, which it does not govern`).toEqual([]);
}

for (const path of PAGES) {
  test.describe(`${path}`, () => {
    for (const [device, options] of Object.entries(DEVICES)) {
      test.describe(device, () => {
        test.use(options);

        const what = device === 'desktop' ? 'one strict CSP meta tag; ' : '';
        test(`${what}axe: no violations in light and dark (${device})`, async ({ page }) => {
          test.setTimeout(120_000); // axe on the long article pages, twice, on a busy 2-core machine
          await open(page, path);
          if (device === 'desktop') await checkCspMeta(page, path);
          const violations: Record<string, string[]> = {};
          for (const colorScheme of SCHEMES) {
            await page.emulateMedia({ colorScheme });
            violations[colorScheme] = await axe(page);
          }
          // The parallel view again with the other language hidden, one pair shown by focus.
          if (/\/parallel\/$/.test(path)) {
            await page.locator('#hide-other').check();
            await page.locator('.pair[id] p>[id]').nth(2).focus();
            for (const colorScheme of SCHEMES) {
              await page.emulateMedia({ colorScheme });
              violations[`${colorScheme}, other language hidden`] = await axe(page);
            }
          }
          expect(violations, `axe violations on ${path} (${device})`).toEqual(
            Object.fromEntries(Object.keys(violations).map((k) => [k, []])),
          );
          expect(Object.keys(violations).length).toBe(/\/parallel\/$/.test(path) ? 4 : 2);
          expect(await cspViolations(page), `CSP violations on ${path}`).toEqual([]);
        });
      });
    }
  });
}

// "Listen" shows only where the browser has a voice for the page's language, and headless Chromium
// has none: a stand-in's voices show it here, and axe checks it idle and while reading (the player's
// controls, the sentence marked, the controls stuck under the header).
for (const path of ['/ko/', '/en/parallel/']) {
  for (const [device, options] of Object.entries(DEVICES)) {
    test.describe(`${path} ${device}`, () => {
      test.use(options);
      test(`axe: no violations around "Listen", idle and while reading, in light and dark (${device})`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        await open(page, path);
        await page.evaluate(installSpeechStandIn, {
          voices: [
            { name: 'Stand-in Korean', lang: 'ko-KR' },
            { name: 'Stand-in English', lang: 'en-US' },
          ],
          markSelector: '.reading',
        });
        await expect(page.locator('.listen')).toBeVisible();
        const violations: Record<string, string[]> = {};
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          violations[`idle, ${colorScheme}`] = await axe(page);
        }
        await page.locator('.listen > button').first().click();
        await expect(page.locator('.reading').first()).toBeVisible();
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          violations[`reading, ${colorScheme}`] = await axe(page);
        }
        expect(violations, `axe violations around "Listen" on ${path} (${device})`).toEqual(
          Object.fromEntries(Object.keys(violations).map((k) => [k, []])),
        );
      });
    });
  }
}

const DATA_PAGES = PAGES.filter((p) => /\/data\/$/.test(p));

if (DATA_PAGES.length === 0) {
  test('the sitemap lists the data pages', () => {
    expect(DATA_PAGES, 'pages ending in /data/ in the sitemap').not.toEqual([]);
  });
}

for (const path of DATA_PAGES) {
  test(`${path}: every linked data file downloads and parses as JSON`, async ({ page }) => {
    await open(page, path);
    const hrefs = await page
      .locator('a[href$=".json"]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length, 'links to .json files').toBeGreaterThan(0);
    for (const href of new Set(hrefs)) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      const text = await response.text();
      expect((): unknown => JSON.parse(text), `${href} parses as JSON`).not.toThrow();
    }
  });
}
