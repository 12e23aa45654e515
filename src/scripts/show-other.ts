// "Show original" / "번역 보기": reveals the other language's paragraph in place. The other
// language is fetched only when first asked for; without script the link opens the parallel view.
import { parseParagraphAnchor } from '../lib/rendered.ts';

type ArticleData = { sections: { id: string; paragraphs: string[] }[] };

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
    const text = data.sections.find((s) => s.id === section)?.paragraphs[index];
    if (text === undefined) return;
    panel = document.createElement('blockquote');
    panel.id = panelId;
    panel.className = 'other-para';
    panel.lang = lang!;
    panel.setAttribute('aria-label', labelOther!);
    panel.textContent = text;
    panel.hidden = true;
    link.setAttribute('aria-controls', panelId);
    link.before(panel);
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
