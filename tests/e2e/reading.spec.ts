// Reading comfort where Playwright's own means are needed (init scripts, routing, axe, print): the
// theme choice in force before the first content is drawn and before the page script has run; and
// in Chromium, type (Korean line length, the parallel view's columns), the article's front matter
// and link destinations in print. How a theme choice looks and that it is kept, the header at phone
// width, the contents, monospace code and the credit once are read in every engine:
// tests/engines/reader.spec.ts.
import { test, expect, LOCALES, axeViolations, WCAG_AND_BEST_PRACTICE_TAGS } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { THEME_KEY } from '../../src/shared/storage-keys.ts';

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 800 };

/** The page's background colour, and the theme the root says is in force. */
function look(page: Page) {
  return page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    bg: getComputedStyle(document.body).backgroundColor,
  }));
}
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(18, 20, 23)';

test.describe('the theme switch', () => {
  test.use({ colorScheme: 'light' });

  test('a choice is in force before the first content is drawn, on a reload and on another page', async ({
    page,
    context,
  }) => {
    // How a choice looks, and that it is kept and shown by the switch, in every engine:
    // tests/engines/reader.spec.ts.
    await page.goto('/en/');
    await page.locator('#theme').selectOption('dark');

    // Recorded as the header is parsed, before the page's own script runs: no flash of light.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.site-header, main')) {
          (window as unknown as { __themeAtFirstContent: string | undefined }).__themeAtFirstContent =
            document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const themeAtFirstContent = () =>
      page.evaluate(() => (window as unknown as { __themeAtFirstContent?: string }).__themeAtFirstContent);

    await page.reload();
    expect(await themeAtFirstContent()).toBe('dark');
    await page.goto('/ko/glossary/');
    expect(await themeAtFirstContent()).toBe('dark');
  });

  test('shows the stored choice and takes a new one before the page script has run', async ({ page }) => {
    // The page script never arrives: what remains is the boot script's (src/node/page-boot.ts).
    await page.route(/\/_astro\/main\.[\w-]+\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    await page.goto('/en/');
    await page.evaluate((key) => localStorage.setItem(key, 'dark'), THEME_KEY);
    // Recorded in the first frame that can paint the switch, before it is painted: the animation
    // frame callbacks run just before that paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const select = document.querySelector<HTMLSelectElement>('#theme');
        if (select?.options.length !== 3) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          (window as unknown as { __switchAtFirst: string }).__switchAtFirst = select.value;
        });
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => 'ready' in document.documentElement.dataset), 'page script ran').toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __switchAtFirst?: string }).__switchAtFirst)).toBe('dark');
    await expect(page.locator('#theme')).toHaveValue('dark');
    expect(await look(page)).toEqual({ theme: 'dark', bg: DARK_BG });
    await page.locator('#theme').selectOption('light');
    expect(await look(page)).toEqual({ theme: 'light', bg: LIGHT_BG });
    await page.reload();
    await expect(page.locator('#theme')).toHaveValue('light');
    expect(await look(page)).toEqual({ theme: 'light', bg: LIGHT_BG });
  });

  for (const [system, choice] of [
    ['light', 'dark'],
    ['dark', 'light'],
  ] as const) {
    test(`axe finds nothing with the ${choice} theme chosen on a ${system} system`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: system });
      await page.goto('/en/');
      await page.locator('#theme').selectOption(choice);
      for (const path of choice === 'dark'
        ? ['/en/', '/ko/parallel/', '/ko/data/']
        : ['/ko/', '/en/timeline/', '/en/data/']) {
        await page.goto(path);
        expect(await look(page), path).toEqual({ theme: choice, bg: choice === 'dark' ? DARK_BG : LIGHT_BG });
        expect(await axeViolations(page, WCAG_AND_BEST_PRACTICE_TAGS), path).toEqual([]);
      }
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark', viewport: DESKTOP });
  test('the system theme applies, the theme switch is not offered, the contents are open', async ({ page }) => {
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/`);
      expect(await look(page)).toEqual({ theme: undefined, bg: DARK_BG });
      await expect(page.locator('.theme-switch')).toBeHidden();
      await expect(page.locator('.toc ol')).toBeVisible();
    }
  });
});

test.describe('type', () => {
  test.use({ viewport: DESKTOP });

  test('/ko/: Korean lines hold about 35 to 45 characters at 1280 px', async ({ page }) => {
    await page.goto('/ko/');
    const perLine = await page.evaluate(() => {
      // Characters grouped by the line box they are drawn in, over the first paragraphs.
      const counts: number[] = [];
      for (const p of [...document.querySelectorAll('.article-body .para > p')].slice(0, 4)) {
        const lines = new Map<number, number>();
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.textContent!.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            const top = Math.round(rect.top / 4);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
        }
        counts.push(...[...lines.values()].slice(0, -1)); // a paragraph's last line is short
      }
      return counts.sort((a, b) => a - b);
    });
    expect(perLine.length).toBeGreaterThan(10);
    const median = perLine[Math.floor(perLine.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(35);
    expect(median).toBeLessThanOrEqual(45);
  });

  for (const locale of LOCALES) {
    test(`/${locale}/parallel/: the columns have the same gutter on both sides of the divider, and Korean is not set smaller`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/parallel/`);
      const pairs = await page.evaluate(() =>
        [...document.querySelectorAll('.pair')].slice(0, 5).map((pair) => {
          const [first, second] = [...pair.querySelectorAll<HTMLElement>(':scope > .pair-block')] as [
            HTMLElement,
            HTMLElement,
          ];
          const s = getComputedStyle(second);
          const size = (el: HTMLElement) => parseFloat(getComputedStyle(el).fontSize);
          const ko = first.closest(':lang(ko)') ? first : second;
          const en = ko === first ? second : first;
          return {
            before: second.getBoundingClientRect().left - first.getBoundingClientRect().right,
            after: parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft),
            divider: s.borderLeftStyle,
            koSize: size(ko),
            enSize: size(en),
            lineHeights: [getComputedStyle(ko).lineHeight, getComputedStyle(en).lineHeight]
              .map(parseFloat)
              .map((lh, i) => lh / [size(ko), size(en)][i]!),
          };
        }),
      );
      expect(pairs.length).toBe(5);
      for (const p of pairs) {
        expect(p.divider).toBe('solid');
        expect(p.before).toBeGreaterThan(12);
        expect(Math.abs(p.before - p.after)).toBeLessThanOrEqual(1.5);
        expect(p.koSize).toBeGreaterThanOrEqual(p.enSize);
        expect(p.lineHeights[0]).toBeCloseTo(p.lineHeights[1]!, 2);
      }
    });
  }
});

test.describe('the front matter on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });
  for (const locale of LOCALES) {
    test(`/${locale}/: the correction shows without a click, and the first paragraph starts on the first screen`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/`);
      const lead = page.locator('.editor-note > p').first();
      await expect(lead).toBeVisible();
      await expect(lead).toContainText(locale === 'ko' ? '2025년 1월 21일' : '21 January 2025');
      await expect(lead).toContainText(locale === 'ko' ? '스타게이트' : 'Stargate');
      const top = await page.evaluate(
        () => document.querySelector('.article-body .para p')!.getBoundingClientRect().top,
      );
      expect(top).toBeLessThan(PHONE.height - 30);
    });

    test(`/${locale}/parallel/: the title and dek in both languages, the notes and the contents, and the first section on the first screen`, async ({
      page,
    }) => {
      const other = locale === 'ko' ? 'en' : 'ko';
      const titles: Record<string, string> = {};
      for (const l of [locale, other]) {
        await page.goto(`/${l}/`);
        titles[l] = (await page.locator('h1').innerText()).trim();
      }
      await page.goto(`/${locale}/parallel/`);
      await expect(page.locator('h1')).toHaveText(titles[locale]!);
      const otherTitle = page.locator('h1 + .other-heading');
      await expect(otherTitle).toHaveAttribute('lang', other);
      await expect(otherTitle).toHaveText(titles[other]!);
      // The dek pair: the article's first sentence pair, both on the first screen.
      const deks = page.locator('.parallel-header .pair .dek > span');
      await expect(deks).toHaveCount(2);
      for (const dek of await deks.all()) await expect(dek).toBeInViewport({ ratio: 1 });
      await expect(page.locator(`.parallel-header .pair-block[lang="${other}"] .dek > span`)).toHaveCount(1);
      const lead = page.locator('.editor-note > p').first();
      await expect(lead).toBeVisible();
      await expect(lead).toContainText(locale === 'ko' ? '2025년 1월 21일' : '21 January 2025');
      await expect(page.locator('.parallel-header .notice')).toHaveCount(locale === 'en' ? 1 : 0);
      // The contents, collapsed, beside the switch.
      await expect(page.locator('.toc summary')).toBeVisible();
      await expect(page.locator('.toc ol')).toBeHidden();
      const [toggle, hideOther] = [
        (await page.locator('.toc summary').boundingBox())!,
        (await page.locator('.hide-other').boundingBox())!,
      ];
      expect(Math.abs(toggle.y + toggle.height / 2 - (hideOther.y + hideOther.height / 2))).toBeLessThan(8);
      await page.locator('.toc summary').click();
      await expect(page.locator('.toc ol a')).toHaveCount(12);
      await page.locator('.toc summary').click();
      const top = await page.evaluate(
        () => document.querySelector('.parallel-section h2')!.getBoundingClientRect().top,
      );
      expect(top, 'the first section starts on the first screen').toBeLessThan(PHONE.height - 30);
    });
  }
});

test.describe('print', () => {
  test('each link is followed by its destination; in-page links and terms are not', async ({ page }) => {
    for (const path of ['/en/timeline/', '/ko/glossary/', '/en/']) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], .term')]
          .filter((a) => a.getClientRects().length > 0)
          .map((a) => ({
            href: a.getAttribute('href'),
            term: a.matches('.term, .term *'),
            after: getComputedStyle(a, '::after').content,
          })),
      );
      const outward = links.filter((l) => l.href && !l.href.startsWith('#') && !l.term);
      const inward = links.filter((l) => l.href?.startsWith('#') || l.term);
      if (path !== '/en/') expect(outward.length, path).toBeGreaterThan(3);
      for (const l of outward) expect(l.after, `${path} ${l.href}`).toBe(`" (${l.href})"`);
      for (const l of inward) expect(l.after, `${path} ${l.href}`).not.toContain('(');
      if (path === '/en/') expect(inward.filter((l) => l.term).length).toBeGreaterThan(5);
    }
  });
});
