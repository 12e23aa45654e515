// The article page's tools row on a phone: the contents' toggle, with Listen and "Words" floated
// at its end. No control's box may lie over or under another's (a tap beside the switch would
// open the contents: the axe rule target-size, which Lighthouse runs at 412 px, found the toggle
// as wide as the row under the floats), and the toggle's words stay on one line with its marker.
import { test, expect } from './fixtures.ts';
import type { Device } from './reader.ts';

const DEVICES: Device[] = ['phone-320', 'phone', 'phone-390'];

/** Overlapping pairs of the row's controls, and how many lines the toggle's words take. */
function toolsRow() {
  // Listen shows where the browser has a voice for the page's language, as every phone has.
  document.querySelector<HTMLElement>('.listen')!.hidden = false;
  const boxes = (['.toc summary', '.listen button', '.words-switch'] as const).map(
    (selector) => [selector, document.querySelector(selector)!.getBoundingClientRect()] as const,
  );
  const overlaps: string[] = [];
  for (const [i, [a, r]] of boxes.entries())
    for (const [b, s] of boxes.slice(i + 1))
      if (r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom) overlaps.push(`${a} / ${b}`);
  const summary = document.querySelector('.toc summary')!;
  const range = document.createRange();
  range.selectNodeContents(summary);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return { overlaps, toggleLines: tops.size };
}

for (const locale of ['ko', 'en'])
  for (const device of DEVICES)
    test(`/${locale}/ on a ${device}: the tools row's controls lie apart, the contents' toggle on one line`, async ({
      reader,
    }) => {
      await reader.open(`/${locale}/`, { device, scheme: 'light' });
      expect(await reader.evaluate(toolsRow)).toEqual({ overlaps: [], toggleLines: 1 });
    });
