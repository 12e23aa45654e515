// "Show original" / "번역 보기": reveals the other language's paragraph in place, sentence by
// sentence, so that the stylesheet pairs each with its counterpart (as in the parallel view). The
// other language is fetched only when first asked for; without script the link opens the parallel view.
import { parseParagraphAnchor } from '../shared/rendered.ts';

type ArticleData = { sections: { id: string; paragraphs: { sentences: { text: string }[] }[] }[] };

const cache = new Map<string, Promise<ArticleData>>();

function load(url: string): Promise<ArticleData> {
  let data = cache.get(url);
  if (!data) {
    data = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<ArticleData>;
    });
    cache.set(url, data);
  }
  return data;
}


async function toggle(link: HTMLAnchorElement): Promise<void> {
  const { otherSource: source, otherLang: lang, labelHide, labelOther } = link.closest<HTMLElement>('[data-other-source]')!.dataset;
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
    panel.setAttribute('aria-label', labelOther!);
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
  const label = link.dataset.labelShow ?? link.textContent!;
  link.dataset.labelShow = label;
  link.textContent = opening ? labelHide! : label;
}

export function initShowOther(): void {
  // Nothing is touched on load (no work before the reader asks); the links stay links, which
  // Enter follows, and say whether their paragraph is open once they have opened one.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.show-other');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    void toggle(link);
  });
}
