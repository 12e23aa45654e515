// What is drawn first stays where it is, on the article page and in the parallel view, on phones
// and a desktop: when Listen appears (the page script shows it where the browser has a voice, as
// every phone has, after the first paint), and while the page is still arriving (a slow network
// hands the browser the page in pieces, and it paints each: the text must not wait for the
// contents beside it to be outgrown, nor a note move when its summary comes, nor the header's
// links show before they are all there).
import { test, expect } from './fixtures.ts';
import type { Device } from './reader.ts';

const PAGES = ['/ko/', '/en/', '/ko/parallel/', '/en/parallel/'];
const DEVICES: Device[] = ['phone-320', 'phone', 'phone-390', 'desktop'];

/** How far the first section and the editor's note's foldout move in each case, in px (0: not at all), and whether the header's first link is drawn before and after the rest of the header is cut. */
function moves() {
  const top = (selector: string): number => document.querySelector(selector)!.getBoundingClientRect().top + scrollY;
  const first = 'main section';
  const note = '.editor-note details';
  const listen = document.querySelector<HTMLElement>('.listen')!;
  const moved = (selector: string, change: () => void): number => {
    const before = top(selector);
    change();
    return Math.round((top(selector) - before) * 100) / 100;
  };
  // A desktop browser in a phone-sized window has a classic scroll bar, which comes and goes as the
  // page outgrows the window and narrows the text with it; a phone's floats over the page. Its
  // place kept, only what the page itself does shows.
  document.documentElement.style.scrollbarGutter = 'stable';
  listen.hidden = true;
  const listenAppearing = moved(first, () => (listen.hidden = false));
  // The page as the parser leaves it midway: nothing after a node (nor, unless kept, in it). Two
  // such moments: the text begun, its first heading the last thing arrived; and the editor's
  // note's foldout begun, its summary not yet there (the browser shows its own in its place).
  const cutAfter = (node: Node, keepChildren: boolean): void => {
    if (!keepChildren) node.textContent = '';
    for (let at: Node | null = node; at; at = at.parentNode) while (at.nextSibling) at.nextSibling.remove();
  };
  const textBegun = moved(first, () => cutAfter(document.querySelector(`${first} h2`)!, true));
  const summaryArriving = moved(note, () => cutAfter(document.querySelector(note)!, false));
  // The site header arrived up to its first link: its links and switches are drawn only once whole,
  // since each arriving would move those before it.
  const link = document.querySelector('.site-nav a')!;
  const drawn = (): string => getComputedStyle(link).visibility;
  const headerLinks = [drawn()];
  cutAfter(link, true);
  headerLinks.push(drawn());
  return { listenAppearing, summaryArriving, textBegun, headerLinks };
}

for (const path of PAGES)
  for (const device of DEVICES)
    test(`${path} on a ${device}: Listen appearing and the page arriving in pieces move nothing drawn`, async ({
      reader,
    }) => {
      await reader.open(path, { device, scheme: 'light' });
      const { listenAppearing, ...arriving } = await reader.evaluate(moves);
      expect(arriving).toEqual({ summaryArriving: 0, textBegun: 0, headerLinks: ['visible', 'hidden'] });
      // The one place Listen still moves the text: in English at 320 px "Contents", Listen and
      // "Words" do not fit one row, and the contents' toggle goes below the two when Listen shows
      // (37 px in all three engines). Known and left (README, Listen); once it moves nothing, this
      // fails, and the case joins the others.
      if (path === '/en/' && device === 'phone-320') expect(listenAppearing).toBeGreaterThan(0);
      else expect(listenAppearing).toBe(0);
    });
