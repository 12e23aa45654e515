// What a reader does, in every engine the suite runs (Chromium, Firefox ESR, WebKit): the article
// in both languages on a phone and a desktop, light and dark; glossary cards by click, tap,
// keyboard and hover; the language switch keeping the place; the table of contents; the parallel
// view; show original; and every page of the sitemap loading without a console error, a CSP
// violation or a request to another host. Screenshots of each view, with a card open, go to
// reports/engines/<engine>/ for a person to look at.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { test, expect } from './fixtures.ts';
import { consoleErrorsAtLoad } from './reader-webkit.ts';
import { nextFrames, VIEWPORTS, type Device, type Reader, type Scheme, type View } from './reader.ts';
import { shotPath, until } from './steps.ts';
import { allPagePaths } from '../support/site.ts';
import { SOURCE_CREDIT, SOURCE_PARAGRAPHS } from '../support/source.ts';

const LOCALES = ['ko', 'en'] as const;
const VIEWS: View[] = (['desktop', 'phone'] as Device[]).flatMap((device) =>
  (['light', 'dark'] as Scheme[]).map((scheme) => ({ device, scheme })),
);
const DESKTOP: View = { device: 'desktop', scheme: 'light' };
const PHONE: View = { device: 'phone', scheme: 'light' };
const PHONE_390: View = { device: 'phone-390', scheme: 'light' };

const openCards = () => [...document.querySelectorAll('.term-card:popover-open')].map((c) => c.id);
const openCardCount = () => document.querySelectorAll('.term-card:popover-open').length;

/** A glossary term's label in each language, as content/glossary/<id>.yaml gives it. */
const glossaryLabels = (id: string) =>
  (yaml.load(readFileSync(`content/glossary/${id}.yaml`, 'utf8')) as { label: Record<string, string> }).label;

/** Scrolls the page so that a sentence starts just below the sticky header. */
function scrollBelowHeader(id: string) {
  const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
  scrollBy({ top: document.getElementById(id)!.getBoundingClientRect().top - header - 2, behavior: 'instant' });
}

/** Presses the header's language switch and waits for the other language's page at that address. */
async function switchLanguage(reader: Reader, to: string, address: RegExp) {
  await reader.click(`.site-header [data-lang-switch="${to}"]`);
  await expect.poll(() => reader.url()).toMatch(address);
  await until(reader, () => document.documentElement.lang, to);
}

/** Whether an element has any part on screen. */
function anyPartInView(selector: string): boolean {
  const r = document.querySelector(selector)!.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
}

/** The card is inside the viewport's visible width and height and does not cover its term. */
function cardPlacement(termSelector: string) {
  const card = document.querySelector('.term-card:popover-open');
  const term = document.querySelector(termSelector);
  if (!card || !term) return 'no open card';
  const c = card.getBoundingClientRect();
  // The words' first line (a term that starts a line leaves its empty button on the line before).
  const t = [...term.getClientRects()].find((r) => r.width > 0)!;
  const width = document.documentElement.clientWidth;
  const problems = [];
  if (c.left < 0 || c.right > width) problems.push(`card from ${c.left} to ${c.right}, visible width ${width}`);
  if (c.top < 0 || c.bottom > innerHeight)
    problems.push(`card from ${c.top} to ${c.bottom}, viewport height ${innerHeight}`);
  if (c.left < t.right && t.left < c.right && c.top < t.bottom && t.top < c.bottom)
    problems.push('card covers its term');
  return problems.join('; ') || 'ok';
}

/**
 * What the open card covers of the lines being read: the rest of the term's sentence, and in the
 * parallel view, the counterpart sentence the other column marks.
 */
function cardCovers(termSelector: string) {
  const card = document.querySelector('.term-card:popover-open')?.getBoundingClientRect();
  const term = document.querySelector(termSelector)!;
  if (!card) return ['no open card'];
  const sentence = term.closest('p>span')!;
  // From the term's line on: a card may cover what was read before it, when nothing else fits.
  const termTop = [...term.getClientRects()].find((r) => r.width > 0)!.top;
  const lines: [string, DOMRect][] = [...sentence.getClientRects()]
    .filter((r) => r.bottom > termTop)
    .map((r) => ['the rest of its sentence', r]);
  const pair = term.closest('.pair');
  if (pair) {
    const index = [...sentence.parentElement!.children].indexOf(sentence);
    const otherBlock = [...pair.querySelectorAll('.pair-block')].find((b) => !b.contains(term))!;
    const counterpart = otherBlock.querySelector('p')!.children[index]!;
    lines.push(...[...counterpart.getClientRects()].map((r): [string, DOMRect] => ['the counterpart', r]));
  }
  return lines
    .filter(([, r]) => card.left < r.right && r.left < card.right && card.top < r.bottom && r.top < card.bottom)
    .map(([what, r]) => `${what}: line at ${Math.round(r.top)}–${Math.round(r.bottom)}`);
}

/** What in the header is scrolled away, off the screen or covered: every page and switch is to be in sight. */
function headerProblems() {
  const found: string[] = [];
  const header = document.querySelector('.site-header')!;
  for (const el of header.querySelectorAll<HTMLElement>(':not(.visually-hidden)')) {
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      found.push(`scrolls sideways: ${el.tagName}.${el.className}`);
  }
  const controls = [...header.querySelectorAll<HTMLElement>('.site-nav a, [data-lang-switch], #theme')];
  if (controls.length < 7) found.push(`only ${controls.length} controls`);
  for (const c of controls) {
    const r = c.getBoundingClientRect();
    if (r.width === 0 || r.left < 0 || r.right > document.documentElement.clientWidth)
      found.push(`outside the screen: ${c.textContent}`);
    else if (!c.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)))
      found.push(`covered or clipped: ${c.textContent}`);
  }
  return found;
}

test.describe.configure({ mode: 'parallel' });

for (const locale of LOCALES) {
  const other = locale === 'ko' ? 'en' : 'ko';
  for (const view of VIEWS) {
    const label = `${view.device}, ${view.scheme}`;
    test(`/${locale}/ (${label}): the whole article, terms marked, contents, header, a card open`, async ({
      reader,
    }) => {
      await reader.open(`/${locale}/`, view);
      const page = await reader.evaluate(() => ({
        lang: document.documentElement.lang,
        sections: document.querySelectorAll('.article-body section h2').length,
        paragraphs: document.querySelectorAll('.article-body .para').length,
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(page).toEqual({
        lang: locale,
        sections: 12,
        paragraphs: SOURCE_PARAGRAPHS.length,
        dark: view.scheme === 'dark',
        sideways: 0,
      });

      // Glossary terms are visibly marked: a dotted underline, as the built (minified) CSS gives it.
      const unmarked = await reader.evaluate(() =>
        [...document.querySelectorAll('.term')]
          .filter((t) => {
            const style = getComputedStyle(t);
            return !style.textDecorationLine.includes('underline') || style.textDecorationStyle !== 'dotted';
          })
          .map((t) => t.textContent),
      );
      expect(unmarked, 'terms without a dotted underline').toEqual([]);
      // The current page in the header is underlined, as the built CSS gives it (WebKit drops a
      // text-decoration shorthand with a thickness).
      expect(
        await reader.evaluate(
          () => getComputedStyle(document.querySelector('.site-nav a[aria-current="page"]')!).textDecorationLine,
        ),
        'the current page underlined in the header',
      ).toBe('underline');

      // Every page of the site is in reach from the header, without sideways scrolling.
      const hidden = await reader.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll<HTMLElement>('.site-header a')]
          .filter((a) => a.checkVisibility())
          .filter((a) => {
            const r = a.getBoundingClientRect();
            const hit = document.elementFromPoint(Math.min(r.left + r.width / 2, width - 1), r.top + r.height / 2);
            return r.left < 0 || r.right > width || !(hit && a.contains(hit));
          })
          .map((a) => a.textContent.trim());
      });
      expect(hidden, 'header links out of view').toEqual([]);
      const navLinks = await reader.evaluate(
        () => [...document.querySelectorAll<HTMLElement>('.site-nav a')].filter((a) => a.checkVisibility()).length,
      );
      expect(navLinks, 'pages in the header').toBeGreaterThanOrEqual(5);

      // The table of contents: open beside the text on a desktop, one tap away on a phone.
      const tocShown = () =>
        [...document.querySelectorAll('.toc a')].filter(
          (a) => a.checkVisibility() && a.getBoundingClientRect().height > 0,
        ).length;
      if (view.device === 'desktop') {
        await until(reader, tocShown, 12);
        const toc = await reader.evaluate(() => {
          const nav = document.querySelector<HTMLElement>('.toc')!;
          return {
            // Browsers without ::details-content (Firefox 140) keep a closed <details>' content hidden.
            insideClosedDetails: !!nav.querySelector('ol')!.closest('details:not([open])'),
            innerScroll: nav.scrollHeight > nav.clientHeight,
            belowScreen: nav.getBoundingClientRect().bottom > innerHeight,
          };
        });
        expect(toc, 'the contents shown, down to their end, with no inner scroll').toEqual({
          insideClosedDetails: false,
          innerScroll: false,
          belowScreen: false,
        });
      } else {
        expect(await reader.evaluate(() => document.querySelector('.toc details')!.hasAttribute('open'))).toBe(false);
        expect(await reader.evaluate(tocShown)).toBe(0);
        await reader.click('.toc summary');
        await until(reader, tocShown, 12);
        expect(await reader.evaluate(() => document.querySelector('.toc details')!.hasAttribute('open'))).toBe(true);
        await reader.click('.toc summary');
        await until(reader, tocShown, 0);
        await reader.click('.toc summary');
        await until(reader, tocShown, 12);
      }

      // A card, opened as this reader would: click on a desktop, tap on a phone.
      const term = '#rivals-for-customers .term';
      if (view.device === 'desktop') await reader.click(term);
      else await reader.tap(term);
      await until(reader, openCardCount, 1);
      expect(await reader.evaluate(cardPlacement, term)).toBe('ok');
      // The card names the term in both languages, once ("샘 올트먼(Sam Altman)" needs no
      // "Sam Altman" after it), and leads to its glossary entry.
      const card = await reader.evaluate(() => {
        const open = document.querySelector('.term-card:popover-open')!;
        return {
          label: open.querySelector(':scope > strong')?.textContent,
          other: open.querySelector(':scope > [lang]')?.textContent ?? null,
          otherLang: open.querySelector(':scope > [lang]')?.getAttribute('lang') ?? null,
          more: open.querySelector<HTMLAnchorElement>(':scope > a')?.pathname,
        };
      });
      expect(card).toEqual(
        locale === 'ko'
          ? { label: '샘 올트먼(Sam Altman)', other: null, otherLang: null, more: '/ko/glossary/' }
          : { label: 'Sam Altman', other: '샘 올트먼', otherLang: 'ko', more: '/en/glossary/' },
      );
      await reader.screenshot(shotPath(reader, `${locale}-${view.device}-${view.scheme}`));
    });
  }

  test(`/${locale}/ pages at 360 px: every page and switch of the header in sight, none scrolled away`, async ({
    reader,
  }) => {
    for (const path of ['', 'parallel/', 'timeline/', 'glossary/', 'data/']) {
      await reader.open(`/${locale}/${path}`, PHONE);
      expect(await reader.evaluate(headerProblems), `/${locale}/${path}`).toEqual([]);
    }
  });

  test(`/${locale}/ cards: one at a time by click, keyboard focus and Escape, hover and leave`, async ({ reader }) => {
    await reader.open(`/${locale}/#agi-clause`, DESKTOP);
    // The later term first: its card opens below it, clear of the paragraph's first line.
    await reader.click('#agi-clause .term:nth-of-type(3)');
    await until(reader, openCards, ['term-agi']);
    await reader.click('#agi-clause .term');
    await until(reader, openCards, ['term-for-profit-conversion']);
    expect(await reader.evaluate(cardPlacement, '#agi-clause .term')).toBe('ok');
    await reader.click('#agi-clause .term');
    await until(reader, openCards, []);

    // Keyboard: Tab onto a term's control opens its card, Escape closes it and keeps focus there.
    const focusedTerm = () =>
      document.activeElement?.closest('.term')?.querySelector('button')?.getAttribute('popovertarget') ?? null;
    const inCard = () => document.activeElement?.closest('.term-card')?.id ?? null;
    await reader.evaluate(() => document.querySelector<HTMLElement>('#agi-clause h2 a')!.focus());
    await reader.press('Tab');
    await until(reader, focusedTerm, 'term-for-profit-conversion');
    await until(reader, openCards, ['term-for-profit-conversion']);
    // The focus shows on the words: underlined thick in the focus colour, not in the hover's.
    expect(
      await reader.evaluate(() => {
        const style = getComputedStyle(document.activeElement!.closest('.term')!);
        const hover = getComputedStyle(document.querySelector('.term:not(:has(:focus))')!);
        return {
          thickness: style.textDecorationThickness,
          style: style.textDecorationStyle,
          recoloured: style.textDecorationColor !== hover.textDecorationColor,
        };
      }),
      'the focused term marked',
    ).toEqual({ thickness: '3px', style: 'solid', recoloured: true });
    await reader.press('Escape');
    await until(reader, openCards, []);
    await until(reader, focusedTerm, 'term-for-profit-conversion');
    // A card opened by passing focus is not a stop: Tab goes on to the next term, not into it.
    await reader.press('Tab');
    await until(reader, focusedTerm, 'term-nonprofit-board');
    await until(reader, openCards, ['term-nonprofit-board']);
    await reader.press('Shift+Tab');
    await until(reader, focusedTerm, 'term-for-profit-conversion');
    // Opened on purpose (Enter), the card is next in the focus order: Tab reaches its glossary
    // link, Shift+Tab comes back, and Escape from inside it closes it and returns to the term.
    await reader.press('Enter');
    await reader.press('Tab');
    await until(reader, inCard, 'term-for-profit-conversion');
    await until(reader, openCards, ['term-for-profit-conversion']);
    await reader.press('Shift+Tab');
    await until(reader, focusedTerm, 'term-for-profit-conversion');
    await reader.press('Tab');
    await until(reader, inCard, 'term-for-profit-conversion');
    await reader.press('Escape');
    await until(reader, openCards, []);
    await until(reader, focusedTerm, 'term-for-profit-conversion');
    expect(await reader.evaluate(() => document.activeElement?.getAttribute('popovertarget') ?? null)).toBe(
      'term-for-profit-conversion',
    );
    await reader.evaluate(() => (document.activeElement as HTMLElement).blur());

    // Hover: the card opens after a short delay, and closes once the pointer has left.
    await reader.hover('#agi-clause .term:nth-of-type(2)');
    await until(reader, openCards, ['term-nonprofit-board']);
    expect(await reader.evaluate(cardPlacement, '#agi-clause .term:nth-of-type(2)')).toBe('ok');
    await reader.mouseTo(5, VIEWPORTS.desktop.height - 5);
    await until(reader, openCards, []);

    // A card names its term in both languages, and its link leads to the term's glossary entry.
    await reader.click('#agi-clause .term:has(> [popovertarget="term-agi"])');
    await until(reader, openCards, ['term-agi']);
    const label = glossaryLabels('agi');
    expect(
      await reader.evaluate(
        (other) => [
          document.querySelector('#term-agi > strong')?.textContent.replace(/\s+/g, ' ').trim(),
          document.querySelector(`#term-agi > [lang="${other}"]`)?.textContent.replace(/\s+/g, ' ').trim(),
        ],
        other,
      ),
    ).toEqual([label[locale], label[other]]);
    await reader.click('#term-agi > a');
    await expect.poll(() => reader.url()).toMatch(new RegExp(`/${locale}/glossary/#agi$`));
    await until(reader, anyPartInView, true, 5000, '#agi');
    expect(
      await reader.evaluate(() => document.querySelector('#agi .glossary-note')!.checkVisibility()),
      "the entry's note",
    ).toBe(true);
  });

  test(`/${locale}/ a Tab walk through the article stops once on each term and never in a card`, async ({ reader }) => {
    await reader.open(`/${locale}/`, DESKTOP);
    const terms = await reader.evaluate(() => document.querySelectorAll('main .term > button').length);
    await reader.evaluate(() => document.querySelector<HTMLElement>('main')!.focus());
    // Each stop, until focus leaves the article (to the footer, or out of the page where the
    // browser does not tab to links): "term <card>", "card <card>" or the element's tag.
    const stops: string[] = [];
    for (let i = 0; i < 250; i++) {
      await reader.press('Tab');
      const stop = await reader.evaluate(() => {
        const el = document.activeElement;
        if (el?.closest('.term-card')) return 'card';
        if (!el || !document.querySelector('main')!.contains(el)) return null;
        const term = el.closest('.term')?.querySelector('button')?.getAttribute('popovertarget');
        return term ? `term ${term}` : el.tagName.toLowerCase();
      });
      if (stop === null) break;
      stops.push(stop);
    }
    expect(
      stops.filter((s) => s.startsWith('card')),
      'stops inside a card',
    ).toEqual([]);
    expect(stops.filter((s) => s.startsWith('term')).length, 'one stop per term').toBe(terms);
    expect(terms).toBeGreaterThan(30);
    test.info().annotations.push({ type: 'tab stops', description: `${reader.engine}: ${stops.length}` });
  });

  test(`/${locale}/ cards on a phone: inside the screen, a tap elsewhere closes them; long terms wrap like text`, async ({
    reader,
  }) => {
    await reader.open(`/${locale}/#agi-clause`, PHONE);
    // The first, middle and last terms of the page too: near both edges of the screen, the card
    // must shift to stay inside.
    await reader.evaluate(() => {
      const terms = document.querySelectorAll('.term');
      for (const [at, i] of [
        ['first', 0],
        ['middle', Math.floor(terms.length / 2)],
        ['last', terms.length - 1],
      ] as const)
        terms[i]!.setAttribute('data-probe', at);
    });
    for (const term of [
      '#agi-clause .term',
      '#multi-cloud .term:last-of-type',
      '[data-probe="first"]',
      '[data-probe="middle"]',
      '[data-probe="last"]',
    ]) {
      const how = await reader.tap(term);
      test.info().annotations.push({ type: 'tap', description: `${reader.engine}: ${how}` });
      await until(reader, openCardCount, 1);
      expect(await reader.evaluate(cardPlacement, term)).toBe('ok');
      await reader.tap('#article-title'); // plain text, away from the card
      await until(reader, openCards, []);
    }
    // Terms are inline text (a button is an unbreakable block in a line): the long one in section 9
    // starts on the paragraph's first line and breaks with the text, rather than dropping whole to
    // a line of its own.
    const layout = await reader.evaluate(() => {
      const term = document.querySelector('#agi-clause-p1 .term')!;
      const paragraph = document.querySelector('#agi-clause-p1 p')!;
      const firstLineBottom =
        paragraph.getBoundingClientRect().top + parseFloat(getComputedStyle(paragraph).lineHeight);
      return {
        display: getComputedStyle(term).display,
        startsOnFirstLine: [...term.getClientRects()].find((r) => r.width > 0)!.bottom <= firstLineBottom,
      };
    });
    expect(layout).toEqual({ display: 'inline', startsOnFirstLine: true });
  });

  test(`/${locale}/ cards cover neither the sentence being read on a phone nor the counterpart in the parallel view`, async ({
    reader,
  }) => {
    await reader.open(`/${locale}/`, PHONE);
    for (const id of ['form-10-k', 'ftc', 'agi-clause']) {
      const term = `main .term:has(> [popovertarget="term-${id}"])`;
      await reader.tap(term);
      await until(reader, openCards, [`term-${id}`]);
      expect(await reader.evaluate(cardCovers, term), id).toEqual([]);
      expect(await reader.evaluate(cardPlacement, term), id).toBe('ok');
      if (id === 'form-10-k') await reader.screenshot(shotPath(reader, `${locale}-phone-card-clear`));
      await reader.tap('#article-title');
      await until(reader, openCards, []);
    }

    // Every term of two sections, in both columns of the parallel view on a desktop; each card in
    // the page's language, the other column's too.
    await reader.open(`/${locale}/parallel/#agi-clause`, DESKTOP);
    const columns = await reader.evaluate(() =>
      [...document.querySelectorAll('#agi-clause .term, #rivals-for-customers .term')].map((t, i) => {
        t.setAttribute('data-probe', String(i));
        return t.closest('[lang]')!.getAttribute('lang');
      }),
    );
    const count = columns.length;
    expect(count).toBeGreaterThan(4);
    expect(columns.filter((c) => c === other).length, `terms in the ${other} column`).toBeGreaterThan(0);
    const cardLanguage = () =>
      document.querySelector('.term-card:popover-open')!.closest('[lang]')!.getAttribute('lang');
    for (let i = 0; i < count; i++) {
      const term = `[data-probe="${i}"]`;
      await reader.click(term);
      await until(reader, openCardCount, 1);
      expect(await reader.evaluate(cardCovers, term), term).toEqual([]);
      expect(await reader.evaluate(cardPlacement, term), term).toBe('ok');
      expect(await reader.evaluate(cardLanguage), `${term}: the card's language`).toBe(locale);
      if (i === 0) await reader.screenshot(shotPath(reader, `${locale}-parallel-card-clear`));
      await reader.click(term);
      await until(reader, openCards, []);
    }
  });

  test(`/${locale}/ the language and view switches keep the reader's section or paragraph`, async ({ reader }) => {
    const sectionTop = (id: string) => document.getElementById(id)!.getBoundingClientRect().top;
    const headingInView = (id: string) => {
      const r = document.querySelector(`#${id} h2`)!.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    };
    await reader.open(`/${locale}/#agi-clause`, DESKTOP);
    // Already there once loaded, not scrolling towards it (no smooth scroll on arrival).
    expect(await reader.evaluate(sectionTop, 'agi-clause'), 'at the section on load').toBeLessThan(200);
    await switchLanguage(reader, other, new RegExp(`/${other}/#agi-clause$`));
    // Polled: the jump to the #fragment follows the new page's load.
    await expect
      .poll(() => reader.evaluate(sectionTop, 'agi-clause'), { message: 'the section is in view' })
      .toBeLessThan(VIEWPORTS.desktop.height / 2);
    expect(await reader.evaluate(headingInView, 'agi-clause'), "the section's heading is in view").toBe(true);

    // A section scrolled to, with no #fragment in the address.
    await reader.open(`/${locale}/`, DESKTOP);
    await reader.evaluate(() => document.getElementById('antitrust')!.scrollIntoView({ behavior: 'instant' }));
    await switchLanguage(reader, other, new RegExp(`/${other}/#antitrust(-p1)?$`));
    await expect
      .poll(() => reader.evaluate(headingInView, 'antitrust'), { message: "the section's heading is in view" })
      .toBe(true);

    // The header's switch to the parallel view keeps the paragraph linked to, and in the parallel
    // view the language switch keeps it too.
    await reader.open(`/${locale}/#antitrust-p1`, DESKTOP);
    await reader.click('.site-header a[data-view="parallel"]');
    await expect.poll(() => reader.url()).toMatch(new RegExp(`/${locale}/parallel/#antitrust-p1$`));
    await until(reader, anyPartInView, true, 5000, '#antitrust-p1');
    await reader.open(`/${locale}/parallel/#first-refusal-p1`, DESKTOP);
    await switchLanguage(reader, other, new RegExp(`/${other}/parallel/#first-refusal-p1$`));
  });

  test(`/${locale}/ the language switch lands on the sentence being read, below the header, on a phone`, async ({
    reader,
  }) => {
    await reader.open(`/${locale}/`, PHONE_390);
    // Sentence 4 of the paragraph just below the sticky header, the paragraph's top above it.
    await reader.evaluate(scrollBelowHeader, 'agi-clause-p1-s4');
    expect(
      await reader.evaluate(() => document.getElementById('agi-clause-p1')!.getBoundingClientRect().top < 0),
      "the paragraph's top is above the screen",
    ).toBe(true);
    await switchLanguage(reader, other, new RegExp(`/${other}/#agi-clause-p1-s4$`));
    const landed = await reader.evaluate(() => {
      const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      const { top } = document.getElementById('agi-clause-p1-s4')!.getClientRects()[0]!;
      return { belowHeader: top >= header - 1, onScreen: top < innerHeight / 2 };
    });
    expect(landed).toEqual({ belowHeader: true, onScreen: true });
  });

  test(`/${locale}/parallel/ on a phone: the language switch lands on the sentence just below the header`, async ({
    reader,
  }) => {
    await reader.open(`/${locale}/parallel/`, PHONE_390);
    // Sentence 2 of the paragraph just below the sticky header, with its counterpart under it.
    await reader.evaluate(scrollBelowHeader, 'antitrust-p1-s2');
    await reader.evaluate(nextFrames);
    await switchLanguage(reader, other, new RegExp(`/${other}/parallel/#antitrust-p1-s2$`));
  });

  test(`/${locale}/parallel/ on a phone: one tap on a term low on the screen opens its card`, async ({ reader }) => {
    await reader.open(`/${locale}/parallel/`, PHONE_390);
    const count = await reader.evaluate(() => document.querySelectorAll('.pair .term').length);
    for (const index of [2, Math.floor(count / 3), Math.floor(count / 2), count - 3]) {
      // The term on the screen's last lines, where its sentence's counterpart is below the screen.
      await reader.evaluate((i) => {
        const term = document.querySelectorAll('.pair .term')[i]!;
        const words = [...term.getClientRects()].find((r) => r.width > 0)!;
        scrollBy({ top: words.bottom - innerHeight + 30, behavior: 'instant' });
        term.setAttribute('data-tapped', '');
      }, index);
      await reader.evaluate(nextFrames);
      await reader.tap('[data-tapped]');
      const card = await reader.evaluate(() =>
        document.querySelector('[data-tapped] > button')!.getAttribute('popovertarget'),
      );
      await until(reader, openCards, [card]);
      if (index === 2) await reader.screenshot(shotPath(reader, `parallel${locale}-phone-card-open`));
      await reader.evaluate(() => document.querySelector('[data-tapped]')!.removeAttribute('data-tapped'));
      await reader.press('Escape');
      await until(reader, openCards, []);
    }
  });

  test(`/${locale}/ at 320 px (a desktop at 400 % zoom): a contents link lands its heading below the header`, async ({
    reader,
  }) => {
    await reader.open(`/${locale}/`, { device: 'phone-320', scheme: 'light' });
    await reader.click('.toc summary');
    await reader.click('.toc a[href="#agi-clause"]');
    await expect.poll(() => reader.url()).toMatch(/#agi-clause$/);
    await reader.evaluate(nextFrames);
    const landed = await reader.evaluate(() => {
      const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      const { top } = document.querySelector('#agi-clause h2')!.getBoundingClientRect();
      return { header: Math.round(header), belowHeader: top >= header, onScreen: top < innerHeight / 2 };
    });
    expect(landed).toMatchObject({ belowHeader: true, onScreen: true });
  });

  test(`/${locale}/parallel/: paragraph N of each language paired, side by side on a desktop, sentence by sentence on a phone`, async ({
    reader,
  }) => {
    const layout = () => {
      // The paragraph in each language (on a phone, where the sentences interleave, it has no box).
      const [a, b] = [...document.querySelectorAll('#agi-clause-p1 p')].map((e) => e.getBoundingClientRect());
      // The sentences of both languages from top to bottom: "en 1", "ko 1", "en 2", …
      const order = [...document.querySelectorAll<HTMLElement>('#agi-clause-p1 p>span')]
        .map((s) => ({
          top: s.getBoundingClientRect().top,
          label: `${s.closest('[lang]')!.getAttribute('lang')} ${[...s.parentElement!.children].indexOf(s) + 1}`,
        }))
        .sort((x, y) => x.top - y.top)
        .map((s) => s.label);
      return {
        sideBySide: a!.width > 0 && Math.abs(a!.top - b!.top) < 2 && b!.left >= a!.right - 1,
        order,
        sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      };
    };
    await reader.open(`/${locale}/parallel/`, DESKTOP);
    const count = await reader.evaluate(() => document.querySelectorAll('#agi-clause-p1 [lang] p>span').length);
    expect(count).toBeGreaterThan(3);
    const interleaved = Array.from({ length: count }, (_, i) => [`${locale} ${i + 1}`, `${other} ${i + 1}`]).flat();
    // Each paragraph's pair (the dek's, in the header, has no anchor): the Korean block is the
    // source paragraph, the other block is in the other language; each section's heading has its
    // other language's beside it.
    const pairs = await reader.evaluate(
      ([locale, other]) => ({
        lang: document.documentElement.lang,
        pairs: [...document.querySelectorAll('.pair[id]')].map((pair) => ({
          blocks: pair.querySelectorAll('.pair-block').length,
          korean: pair
            .querySelector<HTMLElement>(locale === 'ko' ? '.pair-block:not([lang])' : '.pair-block[lang="ko"]')
            ?.innerText.trim(),
          other: pair.querySelectorAll(`.pair-block[lang="${other}"]`).length,
        })),
        headings: document.querySelectorAll('.parallel-section h2').length,
        otherHeadings: document.querySelectorAll(`.parallel-section .other-heading[lang="${other}"]`).length,
      }),
      [locale, other] as const,
    );
    expect(pairs).toEqual({
      lang: locale,
      pairs: SOURCE_PARAGRAPHS.map((korean) => ({ blocks: 2, korean, other: 1 })),
      headings: 12,
      otherHeadings: 12,
    });
    const desktop = await reader.evaluate(layout);
    expect(desktop.sideBySide).toBe(true);
    expect(desktop.order).not.toEqual(interleaved);
    expect(desktop.sideways).toBe(false);
    await reader.open(`/${locale}/parallel/`, PHONE);
    expect(await reader.evaluate(layout)).toEqual({ sideBySide: false, order: interleaved, sideways: false });
  });
}

test('the timeline on a phone: events first, as its title says, and no key figure taller than three lines of text', async ({
  reader,
}) => {
  for (const locale of LOCALES) {
    await reader.open(`/${locale}/timeline/`, PHONE);
    const page = await reader.evaluate(() => ({
      headings: [...document.querySelectorAll('main h2')].map((h) => h.id),
      tallest: Math.max(
        ...[...document.querySelectorAll<HTMLElement>('.figure-value')].map(
          // In lines of body text (the root font size)
          (v) => v.getBoundingClientRect().height / parseFloat(getComputedStyle(document.documentElement).fontSize),
        ),
      ),
    }));
    expect(page.headings, locale).toEqual(['events-heading', 'figures-heading']);
    expect(page.tallest, `${locale}: the tallest figure, in root ems`).toBeLessThanOrEqual(3);
  }
});

test("at a sentence's #fragment as at a plain address, the page script has run by DOMContentLoaded; a linked sentence is in view, marked", async ({
  reader,
}) => {
  for (const path of ['/ko/', '/ko/#agi-clause-p1-s2']) {
    await reader.open(path, PHONE);
    // Fetched while the page was parsed and run before DOMContentLoaded, as a deferred script is,
    // whether or not the engine reports a paint (Firefox reports none at a #fragment).
    const seen = await reader.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const script = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) =>
        /\/_astro\/main\.[\w-]+\.js$/.test(r.name),
      );
      return {
        ready: 'ready' in document.documentElement.dataset,
        deferred: !!document.querySelector('script[defer][src*="_astro/main."]'),
        fetchedBeforeDomContentLoaded: !!script && script.responseEnd <= navigation.domContentLoadedEventStart,
      };
    });
    expect(seen, path).toEqual({ ready: true, deferred: true, fetchedBeforeDomContentLoaded: true });
  }
  await until(reader, anyPartInView, true, 5000, '#agi-clause-p1-s2');
  expect(await reader.evaluate(markedSentences, '.para'), 'the linked sentence alone').toEqual(['agi-clause-p1 ko 2']);
});

test('"Show original" reveals the other language\'s paragraph in place, fetched only when asked for, pairs its sentences, and hides it again', async ({
  reader,
}) => {
  const fetchedData = () =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((path) => path.startsWith('/data/'));
  const toggle = () => {
    const link = document.querySelector('#agi-clause-p1 .show-other')!;
    return { expanded: link.getAttribute('aria-expanded'), words: link.textContent.trim() };
  };
  const own = '#agi-clause-p1 > p > span:nth-child(3)';
  await reader.open('/en/#agi-clause', DESKTOP);
  expect(await reader.evaluate(fetchedData)).toEqual([]);
  // A plain link until it opens something.
  expect(await reader.evaluate(toggle)).not.toMatchObject({ expanded: 'true' });
  await reader.hover(own);
  await reader.evaluate(nextFrames);
  expect(await reader.evaluate(markedSentences, '.para'), 'no pairing before the original is shown').toEqual([]);
  await reader.click('#agi-clause-p1 .show-other');
  await until(
    reader,
    () => document.querySelector('#agi-clause-p1 .other-para[lang="ko"] p')?.textContent ?? null,
    SOURCE_PARAGRAPHS[9]!,
  );
  // A visible caption says what the paragraph is (its accessible name: tests/e2e/screen-reader.spec.ts).
  const caption = (id: string) => {
    const label = document.querySelector<HTMLElement>(`#${id} .other-para-label`);
    return label?.checkVisibility() && label.getBoundingClientRect().height > 0 ? label.textContent : null;
  };
  expect(await reader.evaluate(caption, 'agi-clause-p1')).toBe('Korean original');
  expect(await reader.evaluate(toggle)).toEqual({ expanded: 'true', words: 'Hide original' });
  expect(await reader.evaluate(fetchedData)).toEqual(['/data/article.ko.json']);
  // Shown, the original pairs its sentences with the translation's, as the parallel view does.
  const sentenceCounts = () =>
    ['#agi-clause-p1 > p > span', '#agi-clause-p1 .other-para p > span'].map(
      (s) => document.querySelectorAll(s).length,
    );
  const [translated, original] = await reader.evaluate(sentenceCounts);
  expect(original, 'sentences in the original, as many as in the translation').toBe(translated);
  await reader.hover(own);
  await until(reader, markedSentences, ['agi-clause-p1 en 3', 'agi-clause-p1 ko 3'], 5000, '.para');
  await reader.hover('#agi-clause-p1 .other-para p > span:nth-child(6)');
  await until(reader, markedSentences, ['agi-clause-p1 en 6', 'agi-clause-p1 ko 6'], 5000, '.para');
  await reader.click('#agi-clause-p1 .show-other');
  await until(
    reader,
    () => document.querySelector('#agi-clause-p1 .other-para')!.checkVisibility({ visibilityProperty: true }),
    false,
  );
  expect((await reader.evaluate(toggle)).words).toBe('Show original');
  await reader.hover(own);
  await reader.evaluate(nextFrames);
  expect(await reader.evaluate(markedSentences, '.para'), 'no pairing once the original is hidden').toEqual([]);

  // "번역 보기" on the Korean page shows the English; on a phone a tap on a sentence of either
  // marks it with its counterpart.
  await reader.open('/ko/#multi-cloud', PHONE);
  await reader.tap('#multi-cloud-p1 .show-other');
  await until(
    reader,
    () =>
      document.querySelector('#multi-cloud-p1 .other-para[lang="en"]')?.textContent?.includes('4.5 gigawatts') ?? false,
    true,
  );
  expect(await reader.evaluate(caption, 'multi-cloud-p1')).toBe('영어 번역');
  expect(await reader.evaluate(() => document.querySelectorAll('#multi-cloud-p1 .other-para p>span').length)).toBe(5);
  for (const [selector, n] of [
    ['#multi-cloud-p1 > p > span:nth-child(3)', 3],
    ['#multi-cloud-p1 .other-para p > span:nth-child(5)', 5],
  ] as const) {
    await reader.tap(selector);
    await until(reader, markedSentences, [`multi-cloud-p1 ko ${n}`, `multi-cloud-p1 en ${n}`], 5000, '.para');
  }
});

test('every page of the sitemap loads without a console error, CSP violation or request elsewhere', async ({
  reader,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const paths = allPagePaths();
  for (const path of paths) {
    await reader.open(path, DESKTOP);
    expect(await reader.problems(), path).toEqual([]);
  }
  if (reader.engine === 'webkit') {
    // What WebKit logs during load, which WebDriver cannot listen to.
    const logged = await consoleErrorsAtLoad(paths.map((p) => new URL(p, baseURL).href));
    expect(
      Object.fromEntries([...logged].filter(([, lines]) => lines.length > 0)),
      'console errors while loading',
    ).toEqual({});
  }
});

for (const locale of LOCALES) {
  test(`/${locale}/ copying a paragraph and find-in-page include the terms' words`, async ({ reader }) => {
    await reader.open(`/${locale}/#agi-clause`, DESKTOP);
    const result = await reader.evaluate(() => {
      const paragraph = document.querySelector('#agi-clause-p1 p')!;
      const selection = getSelection()!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      selection.removeAllRanges();
      selection.addRange(range);
      const copied = selection.toString();
      selection.removeAllRanges();
      const terms = [...paragraph.querySelectorAll('.term')].map((t) => t.textContent);
      // window.find is the browsers' own find-in-page search, from the top of the page.
      const found = terms.filter((t) => (window as unknown as { find(s: string): boolean }).find(t));
      return {
        copied: copied.replace(/\s+/g, ' ').trim(),
        terms,
        found,
        text: paragraph.textContent.replace(/\s+/g, ' ').trim(),
      };
    });
    expect(result.terms.length).toBeGreaterThan(2);
    expect(result.copied, 'the copied paragraph is its text, terms included, on one line').toBe(result.text);
    expect(result.terms.every((t) => result.copied.includes(t))).toBe(true);
    expect(result.found, 'terms found by find-in-page').toEqual(result.terms);
  });
}

/**
 * The sentences shown as marked (tinted and underlined), in the parallel view's pairs or (with
 * '.para') the article's paragraphs: "pair language n".
 */
function markedSentences(scope = '.pair'): string[] {
  return [...document.querySelectorAll<HTMLElement>(`${scope} p>span`)]
    .filter((s) => {
      const style = getComputedStyle(s);
      return style.textDecorationLine.includes('underline') && style.backgroundColor !== 'rgba(0, 0, 0, 0)';
    })
    .map(
      (s) =>
        `${s.closest(scope)!.id} ${s.closest('[lang]')!.getAttribute('lang')} ${[...s.parentElement!.children].indexOf(s) + 1}`,
    );
}

test('/en/parallel/ pairs sentences: hover, keyboard, a link to a sentence, a tap', async ({ reader }) => {
  await reader.open('/en/parallel/', DESKTOP);
  await reader.hover('#agi-clause-p1-s2');
  await until(reader, markedSentences, ['agi-clause-p1 ko 2', 'agi-clause-p1 en 2']);
  await reader.mouseTo(640, 5); // onto the header, off the text

  // One Tab stop into the sentences, then the arrow keys.
  await reader.evaluate(() => document.querySelector<HTMLElement>('.toc li:last-child a')!.focus());
  // From the contents' last entry, past the first section's heading link (where the browser tabs
  // to links) and the Korean block's terms, one stop each.
  for (
    let i = 0;
    i < 12 && (await reader.evaluate(() => document.activeElement?.id ?? '')) !== 'google-cloud-deal-p1-s1';
    i++
  )
    await reader.press('Tab');
  expect(await reader.evaluate(() => document.activeElement?.id ?? '')).toBe('google-cloud-deal-p1-s1');
  await until(reader, markedSentences, ['google-cloud-deal-p1 ko 1', 'google-cloud-deal-p1 en 1']);
  // Entering the sentences, a screen reader is told once how to move among them, after the
  // counterpart that describes each sentence.
  const described = () => document.activeElement?.getAttribute('aria-description') ?? null;
  expect(await reader.evaluate(described)).toMatch(/^오픈AI가 .*Enter/);
  await reader.press('ArrowDown');
  await until(reader, markedSentences, ['google-cloud-deal-p1 ko 2', 'google-cloud-deal-p1 en 2']);
  expect(await reader.evaluate(described)).not.toContain('Enter');
  // Enter reaches the counterpart, where the arrow keys go on in that language, and comes back.
  const focused = () => {
    const s = document.activeElement!;
    return `${s.closest('[lang]')!.getAttribute('lang')} ${[...s.parentElement!.children].indexOf(s) + 1}`;
  };
  await reader.press('Enter');
  await until(reader, focused, 'ko 2');
  await reader.press('ArrowDown');
  await until(reader, focused, 'ko 3');
  await until(reader, markedSentences, ['google-cloud-deal-p1 ko 3', 'google-cloud-deal-p1 en 3']);
  await reader.press('Enter');
  await until(reader, focused, 'en 3');

  // A link to a sentence lands on it, in the page's language, with its counterpart marked and in view.
  for (const locale of LOCALES) {
    await reader.open(`/${locale}/parallel/#agi-clause-p1-s3`, DESKTOP);
    await until(reader, markedSentences, ['agi-clause-p1 ko 3', 'agi-clause-p1 en 3']);
    const landed = await reader.evaluate(() => {
      const own = document.getElementById('agi-clause-p1-s3')!;
      const counterpart = document.querySelector('#agi-clause-p1 .pair-block[lang] p')!.children[2]!;
      const inView = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      };
      return {
        ownLang: own.getAttribute('lang'),
        column: own.closest('[lang]')!.getAttribute('lang'),
        inView: inView(own),
        counterpartInView: inView(counterpart),
      };
    });
    expect(landed, locale).toEqual({ ownLang: null, column: locale, inView: true, counterpartInView: true });
  }

  await reader.open('/ko/parallel/', PHONE);
  await reader.tap('#google-cloud-deal-p1-s2');
  await until(reader, markedSentences, ['google-cloud-deal-p1 ko 2', 'google-cloud-deal-p1 en 2']);
});

for (const locale of LOCALES) {
  test(`/${locale}/parallel/: the keyboard reaches the sentences with one Tab stop and walks every one with the arrow keys`, async ({
    reader,
  }) => {
    test.slow(); // every sentence of the page, one after the other
    await reader.open(`/${locale}/parallel/`, DESKTOP);
    const stops = await reader.evaluate(
      () => [...document.querySelectorAll<HTMLElement>('.pair p>span')].filter((s) => s.tabIndex >= 0).length,
    );
    expect(stops, 'one tab stop for all the sentences').toBe(1);
    const own = await reader.evaluate(() =>
      [...document.querySelectorAll('.pair p>[id]')].map((s) => ({ id: s.id, pair: s.closest('.pair')!.id })),
    );
    const focused = () => document.activeElement?.id ?? '';
    // Tab from the last control before the first paragraph (the contents' last entry) into the sentences.
    await reader.evaluate(() => document.querySelector<HTMLElement>('.toc li:last-child a')!.focus());
    for (let i = 0; i < 20 && !(await reader.evaluate(focused)).endsWith('-s1'); i++) await reader.press('Tab');
    expect(await reader.evaluate(focused)).toBe(own[0]!.id);
    const focusInView = () => {
      const r = document.activeElement!.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    };
    for (const [i, sentence] of own.entries()) {
      expect(await reader.evaluate(focused)).toBe(sentence.id);
      expect(await reader.evaluate(focusInView), `${sentence.id} in view`).toBe(true);
      const n = sentence.id.split('-s').at(-1);
      expect(await reader.evaluate(markedSentences), sentence.id).toEqual([
        `${sentence.pair} ko ${n}`,
        `${sentence.pair} en ${n}`,
      ]);
      if (i < own.length - 1) await reader.press('ArrowDown');
    }
    const [last, beforeLast] = [own.at(-1)!.id, own.at(-2)!.id];
    await reader.press('ArrowUp');
    await until(reader, focused, beforeLast);
    // Tab leaves the sentences at once, and Shift+Tab comes back to the one last marked.
    await reader.press('Tab');
    expect(await reader.evaluate(() => !!document.activeElement?.matches('.pair p>span'))).toBe(false);
    await reader.press('Shift+Tab');
    await until(reader, focused, beforeLast);
    // The left and right arrows step through the sentences too, while the words are off (with
    // them on, the right arrow enters the sentence's words: words.spec.ts).
    const wordsOn = () => document.querySelector<HTMLInputElement>('#words')!.checked;
    if (await reader.evaluate(wordsOn)) await reader.click('#words');
    await until(reader, wordsOn, false);
    await reader.evaluate((id) => document.getElementById(id)!.focus(), beforeLast);
    await reader.press('ArrowRight');
    await until(reader, focused, last);
    await reader.press('ArrowLeft');
    await until(reader, focused, beforeLast);
  });
}

/** Whether a sentence and its counterpart are each wholly on screen, below the sticky header. */
function pairOnScreen(id: string): boolean[] {
  const own = document.getElementById(id)!;
  const position = [...own.parentElement!.children].indexOf(own);
  const counterpart = own.closest('.pair')!.querySelector('.pair-block[lang] p')!.children[position]!;
  const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
  return [own, counterpart].map((s) => {
    const r = s.getBoundingClientRect();
    return r.top >= header - 1 && r.bottom <= innerHeight + 1;
  });
}

test('the parallel view on a phone: a linked, tapped or focused sentence has its counterpart on screen with it', async ({
  reader,
}) => {
  await reader.open('/en/parallel/#agi-clause-p1-s3', PHONE);
  await until(reader, markedSentences, ['agi-clause-p1 ko 3', 'agi-clause-p1 en 3']);
  expect(await reader.evaluate(pairOnScreen, 'agi-clause-p1-s3'), 'linked: the sentence, its counterpart').toEqual([
    true,
    true,
  ]);
  await reader.screenshot(shotPath(reader, 'parallel-phone-linked-sentence'));

  await reader.open('/ko/parallel/', PHONE);
  await reader.tap('#bromance-p1-s3');
  await until(reader, markedSentences, ['bromance-p1 ko 3', 'bromance-p1 en 3']);
  expect(await reader.evaluate(pairOnScreen, 'bromance-p1-s3'), 'tapped').toEqual([true, true]);

  // A sentence tapped on the screen's last lines: the page moves its counterpart into view.
  await reader.open('/ko/parallel/', PHONE);
  await reader.evaluate(() => {
    const s = document.getElementById('cooling-p1-s2')!;
    scrollBy({ top: s.getBoundingClientRect().bottom - innerHeight + 8, behavior: 'instant' });
  });
  await reader.tap('#cooling-p1-s2');
  await until(reader, markedSentences, ['cooling-p1 ko 2', 'cooling-p1 en 2']);
  await expect.poll(() => reader.evaluate(pairOnScreen, 'cooling-p1-s2')).toEqual([true, true]);

  // The arrow keys walk on, into the next section, and the page follows with the counterpart too.
  for (let i = 0; i < 4; i++) await reader.press('ArrowDown');
  await until(reader, () => document.activeElement?.id ?? '', 'rivals-for-customers-p1-s1');
  await expect.poll(() => reader.evaluate(pairOnScreen, 'rivals-for-customers-p1-s1')).toEqual([true, true]);
});

/** The other language's sentences and headings a reader can see: "pair n", or the heading's text. */
function otherShown(): string[] {
  return [...document.querySelectorAll<HTMLElement>('.pair-block[lang] p>span, .other-heading')]
    .filter((s) => getComputedStyle(s).visibility === 'visible')
    .map((s) =>
      s.matches('.other-heading')
        ? `heading: ${s.textContent.trim()}`
        : `${s.closest('.pair')!.id} ${[...s.parentElement!.children].indexOf(s) + 1}`,
    );
}

const hideOtherChecked = () => document.querySelector<HTMLInputElement>('#hide-other')!.checked;

test('the parallel view can hide the other language: each counterpart shows only while its sentence is pointed at, focused or tapped, or its tinted box tapped; the choice is kept', async ({
  reader,
}) => {
  await reader.open('/en/parallel/', DESKTOP);
  expect(await reader.evaluate(hideOtherChecked), 'off by default').toBe(false);
  const all = await reader.evaluate(otherShown);
  expect(all.length).toBeGreaterThan(60);

  await reader.click('#hide-other');
  await until(reader, hideOtherChecked, true);
  await until(reader, otherShown, []);
  await reader.hover('#agi-clause-p1-s2');
  await until(reader, otherShown, ['agi-clause-p1 2']);
  await reader.screenshot(shotPath(reader, 'parallel-desktop-other-hidden-one-shown'));
  await reader.hover('#agi-clause-heading');
  await until(reader, otherShown, ['heading: AGI 조항, 계약의 무기가 되다']);
  await reader.mouseTo(640, 5);
  await until(reader, otherShown, []);

  // The keyboard: a focused sentence shows its counterpart, and the arrow keys move it along.
  await reader.evaluate(() => document.getElementById('google-cloud-deal-p1-s1')!.focus());
  await until(reader, otherShown, ['google-cloud-deal-p1 1']);
  await reader.press('ArrowDown');
  await until(reader, otherShown, ['google-cloud-deal-p1 2']);

  // Kept across pages and visits, applied before the first paint: on load it is already on.
  await reader.open('/ko/parallel/', DESKTOP);
  expect(await reader.evaluate(hideOtherChecked), 'remembered').toBe(true);
  expect(await reader.evaluate(otherShown)).toEqual([]);

  // "Show original" on the article page is not affected.
  await reader.open('/en/#agi-clause', DESKTOP);
  await reader.click('#agi-clause-p1 .show-other');
  await until(
    reader,
    () => {
      const original = document.querySelector('#agi-clause-p1 .other-para[lang="ko"]');
      return original?.checkVisibility({ visibilityProperty: true }) ? original.querySelector('p')!.textContent : null;
    },
    SOURCE_PARAGRAPHS[9]!,
  );

  // Off again: everything shows, and stays so on the next visit.
  await reader.open('/en/parallel/', DESKTOP);
  await reader.click('#hide-other');
  await until(reader, hideOtherChecked, false);
  await until(reader, otherShown, all);
  await reader.open('/en/parallel/', DESKTOP);
  expect(await reader.evaluate(hideOtherChecked)).toBe(false);

  // A phone: a tap on a sentence shows its counterpart alone. (Some drivers start a phone with
  // storage of its own; there the reader turns the switch on first.)
  await reader.open('/ko/parallel/', PHONE);
  if (!(await reader.evaluate(hideOtherChecked))) await reader.tap('#hide-other');
  await until(reader, otherShown, []);
  await reader.tap('#google-cloud-deal-p1-s2');
  await until(reader, otherShown, ['google-cloud-deal-p1 2']);
  await reader.screenshot(shotPath(reader, 'parallel-phone-other-hidden-one-shown'));
  // A tap on the tinted box where sentence 3's counterpart is hidden shows that one, and only it.
  await reader.tap('#google-cloud-deal-p1 .pair-block[lang] p > span:nth-child(3)');
  await until(reader, otherShown, ['google-cloud-deal-p1 3']);
  expect(await reader.evaluate(() => document.activeElement?.id)).toBe('google-cloud-deal-p1-s3');
  await reader.screenshot(shotPath(reader, 'parallel-phone-other-hidden-box-tapped'));
});

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(18, 20, 23)';

/** The theme the root says is in force, the page's background, and what the switch shows. */
function themeLook() {
  return {
    theme: document.documentElement.dataset.theme,
    bg: getComputedStyle(document.body).backgroundColor,
    shown: document.querySelector<HTMLSelectElement>('#theme')!.value,
  };
}

/** Chooses a theme as a reader does (the switch reports the choice), and the page's look at once. */
function chooseTheme(value: string) {
  const select = document.querySelector<HTMLSelectElement>('#theme')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return { theme: document.documentElement.dataset.theme, bg: getComputedStyle(document.body).backgroundColor };
}

test('reading comfort: the theme choice applies at once and is kept, the contents mark the section read without moving, code is monospace, the credit once', async ({
  reader,
}) => {
  await reader.open('/en/', DESKTOP);
  expect(await reader.evaluate(themeLook)).toEqual({ theme: 'system', bg: LIGHT_BG, shown: 'system' });
  expect(await reader.evaluate(chooseTheme, 'dark'), 'dark, at once').toEqual({ theme: 'dark', bg: DARK_BG });
  // Kept on a reload, on other pages and on the next visit, and shown by the switch.
  for (const path of ['/en/', '/ko/glossary/', '/ko/data/']) {
    await reader.open(path, DESKTOP);
    expect(await reader.evaluate(themeLook), path).toEqual({ theme: 'dark', bg: DARK_BG, shown: 'dark' });
  }
  const keys = await reader.evaluate(() => Object.keys(localStorage).sort());
  expect(
    keys.every((k) => ['explainer:language', 'explainer:view', 'explainer:theme'].includes(k)),
    `stored: ${keys.join()}`,
  ).toBe(true);

  // The contents mark the section being read, arriving at it or scrolling to it, and marking moves
  // no entry nor changes its size.
  const current = () => [...document.querySelectorAll('.toc [aria-current]')].map((a) => a.getAttribute('href'));
  await reader.open('/en/#antitrust', DESKTOP);
  await until(reader, current, ['#antitrust']);
  await reader.open('/en/', DESKTOP);
  expect(await reader.evaluate(current)).toEqual([]);
  // Each entry's place and size within the contents (the sidebar itself sticks).
  const boxes = () => {
    const toc = document.querySelector('.toc')!;
    const t = toc.getBoundingClientRect();
    return [...toc.querySelectorAll('a')].map((a) => {
      const r = a.getBoundingClientRect();
      return [r.left - t.left, r.top - t.top + toc.scrollTop, r.width, r.height].map((n) => Math.round(n)).join();
    });
  };
  const before = await reader.evaluate(boxes);
  for (const id of ['antitrust', 'agi-clause', 'observer-withdrawal', 'multi-cloud']) {
    await reader.evaluate((s) => document.getElementById(s)!.scrollIntoView({ behavior: 'instant' }), id);
    await until(reader, current, [`#${id}`]);
    expect(
      await reader.evaluate((s) => document.querySelector(`.toc a[href="#${s}"]`)!.getAttribute('aria-current'), id),
    ).toBe('true');
  }
  // A mark that shows: the current entry looks different from the others.
  const look = await reader.evaluate(() => {
    const style = (a: Element) => {
      const s = getComputedStyle(a);
      return `${s.backgroundColor} ${s.boxShadow} ${s.color}`;
    };
    return [
      style(document.querySelector('.toc [aria-current]')!),
      style(document.querySelector('.toc a:not([aria-current])')!),
    ];
  });
  expect(look[0], 'the current entry looks different').not.toBe(look[1]);
  expect(await reader.evaluate(boxes), 'marking moved no entry').toEqual(before);
  await reader.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  await until(reader, current, []);

  const creditCount = (c: string) => document.body.innerText.split(c).length - 1;
  for (const locale of LOCALES) {
    // The credit appears once, at the end of the article, and other pages credit the source in the footer.
    await reader.open(`/${locale}/`, DESKTOP);
    const credit = await reader.evaluate(() =>
      document.querySelector<HTMLElement>('.article-body .credit')!.innerText.trim(),
    );
    expect(credit).toContain(locale === 'ko' ? '바이라인네트워크' : 'Byline Network');
    if (locale === 'ko') expect(credit).toBe(SOURCE_CREDIT);
    expect(await reader.evaluate(creditCount, credit), `/${locale}/: the credit line, once`).toBe(1);
    await reader.open(`/${locale}/glossary/`, DESKTOP);
    expect(await reader.evaluate(creditCount, credit), `/${locale}/glossary/: the credit line, once`).toBe(1);

    // Code and citations are set in the site's monospace stack: a monospace face first, the generic family last.
    await reader.open(`/${locale}/data/`, DESKTOP);
    const code = await reader.evaluate(() => {
      const els = [...document.querySelectorAll<HTMLElement>('pre, pre *, code, code *')];
      return {
        count: els.length,
        notMono: els
          .map((el) => getComputedStyle(el).fontFamily)
          .filter((family) => !/^ui-monospace,.*\bmonospace$/.test(family))
          .slice(0, 5),
      };
    });
    expect(code.count).toBeGreaterThan(10);
    expect(code.notMono, `/${locale}/data/`).toEqual([]);
  }

  // On a dark system, light chosen is light, and the system's choice is dark again.
  await reader.open('/ko/data/', { device: 'desktop', scheme: 'dark' });
  expect(await reader.evaluate(chooseTheme, 'light'), 'light on a dark system').toEqual({
    theme: 'light',
    bg: LIGHT_BG,
  });
  expect(await reader.evaluate(chooseTheme, 'system'), 'the system, dark').toEqual({ theme: 'system', bg: DARK_BG });
});
