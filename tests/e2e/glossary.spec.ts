// Glossary terms on Playwright's clock (the hover's delays), by axe, without JavaScript and in
// Chromium's accessibility tree, and the glossary pages. Cards by click, keyboard and tap, what
// they name and where their link leads, in every engine: tests/engines/reader.spec.ts.
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { test, expect, axeViolations, LOCALES } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

const GLOSSARY_IDS = readdirSync('content/glossary')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5));
const labels = (id: string) =>
  yaml.load(readFileSync(`content/glossary/${id}.yaml`, 'utf8')) as { label: Record<string, string> };
const openCards = (page: Page) => page.locator('.term-card:popover-open');
// A term is the label around its words; its button (the keyboard's stop) names the card.
const cardOf = async (page: Page, term: Locator) =>
  page.locator(`#${await term.locator('button').getAttribute('popovertarget')}`);

/** The box of a term's words: their lines, not the empty one a term starting a line leaves before it. */
const wordsBox = (term: Locator) =>
  term.evaluate((t) => {
    const lines = [...t.getClientRects()].filter((r) => r.width > 0);
    const [x, y] = [Math.min(...lines.map((r) => r.left)), Math.min(...lines.map((r) => r.top))];
    return {
      x,
      y,
      width: Math.max(...lines.map((r) => r.right)) - x,
      height: Math.max(...lines.map((r) => r.bottom)) - y,
    };
  });

/** The card is fully on screen and does not cover its term. */
async function expectPlacedBeside(page: Page, term: Locator, card: Locator) {
  const viewport = page.viewportSize()!;
  const c = (await card.boundingBox())!;
  const t = await wordsBox(term);
  expect(c.x).toBeGreaterThanOrEqual(0);
  expect(c.y).toBeGreaterThanOrEqual(0);
  expect(c.x + c.width).toBeLessThanOrEqual(viewport.width);
  expect(c.y + c.height).toBeLessThanOrEqual(viewport.height);
  const overlaps = c.x < t.x + t.width && t.x < c.x + c.width && c.y < t.y + t.height && t.y < c.y + c.height;
  expect(overlaps, 'card covers its term').toBe(false);
}

for (const locale of LOCALES) {
  test.describe(`/${locale}/ terms`, () => {
    test('hover opens after a delay, the card stays while hovered, leaving closes it', async ({ page }) => {
      // The page runs on Playwright's clock, so the delays are exact whatever the machine's load.
      await page.clock.install({ time: 0 });
      await page.goto(`/${locale}/#agi-clause`);
      // Stopped an hour on (long after any timer of the page's loading), it moves only when told.
      await page.clock.pauseAt(3_600_000);
      const term = page.locator('#agi-clause .term').first();
      const card = await cardOf(page, term);
      // A mouse's first move over the page fetches the hover (card-mouse-keys.ts); the delays
      // count from there.
      await page.mouse.move(5, 5);
      await page.waitForFunction(
        () => (document.querySelector('script[src$=".card-mouse-keys.js"]') as { provided?: unknown } | null)?.provided,
      );
      await term.hover();
      await page.clock.runFor(299);
      await expect(card, 'a pointer passing over a term does not flash its card').toBeHidden();
      await page.clock.runFor(200);
      await expect(card).toBeVisible();
      await expect(card).toContainText((await card.locator(':scope > strong').innerText()).trim());
      await expectPlacedBeside(page, term, card);
      const box = (await card.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      await page.clock.runFor(800);
      await expect(card, 'the card stays open while the pointer is on it').toBeVisible();
      await page.mouse.move(5, page.viewportSize()!.height - 5, { steps: 5 });
      await page.clock.runFor(500);
      await expect(card).toBeHidden();
    });

    test('axe finds nothing with a card open', async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page.locator('.term').first().click();
      await expect(openCards(page)).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test(`/${locale}/glossary/ lists every term, names each in both languages, and its links lead to sections that use it`, async ({
    page,
  }) => {
    const other = locale === 'ko' ? 'en' : 'ko';
    await page.goto(`/${locale}/glossary/`);
    const entries = page.locator('.glossary-entry');
    await expect(entries).toHaveCount(GLOSSARY_IDS.length);
    expect((await entries.evaluateAll((e) => e.map((x) => x.id))).sort()).toEqual([...GLOSSARY_IDS].sort());
    for (const id of GLOSSARY_IDS) {
      const { label } = labels(id);
      await expect(page.locator(`[id="${id}"] dt a`)).toHaveText(label[locale]!);
      await expect(page.locator(`[id="${id}"] dt .glossary-other[lang="${other}"]`)).toHaveText(label[other]!);
    }
    const links = await page
      .locator('.glossary-used a')
      .evaluateAll((a) =>
        a.map((l) => ({ href: (l as HTMLAnchorElement).href, term: l.closest('.glossary-entry')!.id })),
      );
    expect(links.length).toBeGreaterThan(GLOSSARY_IDS.length / 2);
    await page.goto(`/${locale}/`);
    for (const { href, term } of links) {
      const section = new URL(href).hash.slice(1);
      await expect(
        page.locator(`section#${section} .term > button[popovertarget="term-${term}"]`).first(),
      ).toBeAttached();
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a click still opens the definition (Popover API)', async ({ page }) => {
    await page.goto('/en/');
    const term = page.locator('.term').first();
    await term.click(); // on the words: the label passes the click to its button
    await expect(await cardOf(page, term)).toBeVisible();
  });
});

for (const locale of LOCALES) {
  const other = locale === 'ko' ? 'en' : 'ko';

  test(`/${locale}/parallel/: every term's control is named by its words, described as a definition, and no sentence reads its name twice`, async ({
    page,
  }) => {
    const { terms } = JSON.parse(readFileSync(`content/ui/${locale}.json`, 'utf8')) as {
      terms: { control: string };
    };
    await page.goto(`/${locale}/parallel/`);
    // Chromium's own accessibility tree, as a screen reader gets it.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[];
    };
    const buttons = nodes.filter((n) => n.role?.value === 'button' && n.description?.value.startsWith(terms.control));
    const words = await page.locator('.term').evaluateAll((labels) => labels.map((l) => l.textContent.trim()));
    expect(buttons.map((b) => b.name?.value)).toEqual(words);
    const columns = await page
      .locator('.term')
      .evaluateAll((labels) => labels.map((l) => l.closest('.pair-block')!.closest('[lang]')!.getAttribute('lang')));
    expect(columns.filter((c) => c === other).length, `terms in the ${other} column`).toBeGreaterThan(0);

    // A focused sentence is read from its content: the term's words once, and no control's name.
    // Chromium names a copy of it as it names any element from its content (a heading here: a
    // sentence's own role, generic, takes no name).
    const sentence = page.locator('#google-cloud-deal-p1-s1');
    const text = (await sentence.textContent())!.replace(/\s+/g, ' ').trim();
    await sentence.evaluate((s) => {
      const probe = document.body.appendChild(document.createElement('div'));
      probe.setAttribute('role', 'heading');
      probe.id = 'sentence-probe';
      probe.append(...[...s.childNodes].map((n) => n.cloneNode(true)));
    });
    const read = async () => {
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#sentence-probe' });
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      const { nodes: tree } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { backendDOMNodeId?: number; name?: { value: string } }[];
      };
      return tree.find((n) => n.backendDOMNodeId === node.backendNodeId)?.name?.value.replace(/\s+/g, ' ');
    };
    await expect.poll(read).toBe(text);
  });
}
