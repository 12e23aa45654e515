// Where Korean lines break, in every engine: a Korean reader expects a line to end only at a
// space, never inside a word such as "지분을" (a glossary term and its particle). Every rendered
// line of Korean text on the pages that carry it, at a small and a common phone width and on a
// desktop, is measured where it starts, one page load per page and width.
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import type { Device } from './reader.ts';

const PAGES = ['/ko/', '/ko/parallel/', '/en/parallel/', '/ko/glossary/'];
const DEVICES: Device[] = ['phone-320', 'phone-390', 'desktop'];

/**
 * The lines of Korean text that start inside a word: where a line's first character follows a
 * character that is not a space, within one block of text. Each character is measured with a
 * Range; a line begins where a character sits lower than the one before it.
 */
function linesStartingInsideWords() {
  const blocks = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement!;
    if (!/\p{Script=Hangul}/u.test(node.data) || parent.closest('[lang]')?.getAttribute('lang') !== 'ko') continue;
    if (!parent.checkVisibility()) continue;
    let block: Element = parent;
    while (getComputedStyle(block).display === 'inline' && block.parentElement) block = block.parentElement;
    blocks.add(block);
  }
  const found: string[] = [];
  const range = document.createRange();
  let lines = 0;
  for (const block of blocks) {
    // Text inside an inline block of its own (a button beside the text) is measured as its own block.
    const texts = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, (node) => {
      let parent = node.parentElement;
      while (parent && parent !== block && getComputedStyle(parent).display === 'inline') parent = parent.parentElement;
      return parent === block ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    });
    let before = ''; // the characters of this block so far
    let lineTop: number | undefined;
    let lineBottom = 0;
    for (let node = texts.nextNode() as Text | null; node; node = texts.nextNode() as Text | null) {
      if (!node.parentElement!.checkVisibility()) continue;
      for (let i = 0; i < node.data.length; i++) {
        const char = node.data[i]!;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = [...range.getClientRects()].find((r) => r.width > 0);
        if (rect && !/\s/.test(char)) {
          if (lineTop === undefined || rect.top >= lineBottom - 1) {
            if (lineTop !== undefined) {
              lines++;
              if (!/\s$/.test(before) && /\p{Script=Hangul}/u.test(before.slice(-1) + char))
                found.push(`${before.slice(-12)} / ${node.data.slice(i, i + 8)}`);
            }
            lineTop = rect.top;
            lineBottom = rect.bottom;
          }
        }
        before += char;
      }
    }
  }
  return { lines, found };
}

test.describe.configure({ mode: 'parallel' });

for (const device of DEVICES) {
  test(`Korean lines break only at spaces (${device})`, async ({ reader }) => {
    for (const path of PAGES) {
      await reader.open(path, { device, scheme: 'light' });
      const { lines, found } = await reader.evaluate(linesStartingInsideWords);
      expect(lines, `${path}: Korean lines measured`).toBeGreaterThan(20);
      expect(found, `${path}: lines that start inside a word`).toEqual([]);
      if (path === '/ko/') {
        // A look at the lines as a reader sees them: the first section with its terms.
        await reader.evaluate(() => document.getElementById('google-cloud-deal')!.scrollIntoView());
        const dir = `reports/engines/${reader.engine}`;
        mkdirSync(dir, { recursive: true });
        await reader.screenshot(`${dir}/korean-lines-${device}.png`);
      }
    }
  });
}
