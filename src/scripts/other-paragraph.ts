// "Show original" / "번역 보기", loaded by show-other.ts at the first click: reveals the other
// language's paragraph in place, sentence by sentence, so that the stylesheet pairs each with its
// counterpart (as in the parallel view; the styles for both come with this script). The other
// language is fetched only when first asked for.
import { parseParagraphAnchor } from '../shared/rendered.ts';
import { SHOW_OTHER_STRINGS as UI, withLanguage } from '../shared/part-strings.ts';
import { provide } from './provide.ts';
import { adoptStyle } from './adopt-style.ts';
import pairs from '../styles/pairs.css?style';
import revealed from '../styles/show-original.css?style';

adoptStyle(pairs + revealed);

type ArticleData = { sections: { id: string; paragraphs: { sentences: { text: string }[] }[] }[] };

/** The other language's text, fetched once: a page has one other language. */
let other: Promise<ArticleData> | undefined;

function load(url: string): Promise<ArticleData> {
  // From disk (file://) the browser refuses the fetch, and logs it as an error: not asked there.
  if (location.protocol === 'file:') return Promise.reject(new Error('no fetch from disk'));
  return (other ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<ArticleData>;
  }));
}

async function toggle(link: HTMLAnchorElement): Promise<void> {
  const { otherSource: source, otherLang: lang } = link.closest<HTMLElement>('[data-other-source]')!.dataset;
  const ui = UI[document.documentElement.lang as keyof typeof UI] ?? UI.en;
  const paragraph = link.parentElement!;
  const place = parseParagraphAnchor(paragraph.id);
  if (!place) return;
  const { section, index } = place;
  const panelId = `${paragraph.id}-other`;
  let panel = document.getElementById(panelId);
  if (!panel) {
    let data: ArticleData;
    try {
      data = await load(source!);
    } catch {
      location.href = link.href; // the parallel view has the same paragraph
      return;
    }
    const original = data.sections.find((s) => s.id === section)?.paragraphs[index];
    if (original === undefined) return;
    panel = document.createElement('blockquote');
    panel.id = panelId;
    panel.className = 'other-para';
    panel.lang = lang!;
    // Named by a visible caption in the page's language ("Korean original"), not for screen
    // readers alone: a sighted reader should see what the tinted paragraph is too.
    const caption = panel.appendChild(document.createElement('span'));
    caption.className = 'other-para-label';
    caption.id = `${panelId}-label`;
    caption.lang = document.documentElement.lang;
    caption.textContent = withLanguage(ui.otherLabel, ui.languages[lang as keyof typeof ui.languages]);
    panel.setAttribute('aria-labelledby', caption.id);
    const text = panel.appendChild(document.createElement('p'));
    for (const [i, sentence] of original.sentences.entries()) {
      if (i > 0) text.append(' ');
      text.appendChild(document.createElement('span')).textContent = sentence.text;
    }
    panel.hidden = true;
    link.setAttribute('aria-controls', panelId);
    link.before(panel);
    // Both languages' sentences focusable, so that a tap marks a pair as the pointer does.
    for (const s of paragraph.querySelectorAll<HTMLElement>('p>span')) s.tabIndex = -1;
  }
  const opening = panel.hidden;
  panel.hidden = !opening;
  link.setAttribute('aria-expanded', String(opening));
  const label = link.dataset.labelShow ?? link.textContent;
  link.dataset.labelShow = label;
  const before = link.textContent;
  link.textContent = opening ? ui.hideOther : label;
  link.ariaLabel &&= link.ariaLabel.replace(before, link.textContent); // named by its words (show-other.ts)
}

export type Toggle = typeof toggle;

provide(toggle);
