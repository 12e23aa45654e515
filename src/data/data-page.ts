// What the data page shows in code blocks: how to cite the original and the translation, and a
// sample of each data file's shape, highlighted at build time. The page renders the HTML and
// /highlight.css serves the matching colour classes, from one call, so the two always agree.
import { getMeta } from './article.ts';
import { articleData, figuresData, glossaryData, timelineData } from './exports.ts';
import { absoluteUrl, localePath, sourceLocale } from '../i18n/index.ts';
import { highlightAll } from '../node/highlight.ts';
import { ORIGINAL_URL } from '../node/json-ld.ts';

/** One sample entry of a data file shows its shape. */
const sample = (data: Record<string, unknown>, key: string) =>
  JSON.stringify({ ...data, [key]: [(data[key] as unknown[])[0], '…'] }, null, 2);

/** An article file's shape: its first section's first paragraph, cut short, and its first sentence. */
async function articleSample(): Promise<string> {
  const data = await articleData('en');
  const [section] = data.sections;
  const [paragraph] = section!.paragraphs;
  const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
  const first = { ...paragraph!, text: cut(paragraph!.text), sentences: [{ ...paragraph!.sentences[0]!, text: cut(paragraph!.sentences[0]!.text) }, '…'] };
  return JSON.stringify({ ...data, sections: [{ ...section!, paragraphs: [first, '…'] }, '…'] }, null, 2);
}

// Both data pages and /highlight.css ask for it; the answer is the same, so it is made once.
let cached: ReturnType<typeof makeDataPageCode> | undefined;

export function dataPageCode(site: URL | undefined) {
  cached ??= makeDataPageCode(site);
  return cached;
}

async function makeDataPageCode(site: URL | undefined) {
  const original = await getMeta(sourceLocale);
  const translation = await getMeta('en');
  const enUrl = absoluteUrl(localePath('en'), site);
  const citations = [
    {
      of: 'original',
      lang: sourceLocale,
      text: `바이라인네트워크. (2025). ${original.title}. ${ORIGINAL_URL}`,
      bibtex: `@article{byline2025openaims,\n  author    = {{바이라인네트워크 (Byline Network)}},\n  title     = {${original.title}},\n  journal   = {바이라인네트워크},\n  year      = {2025},\n  language  = {korean},\n  url       = {${ORIGINAL_URL}}\n}`,
    },
    {
      of: 'translation',
      lang: 'en',
      text: `Byline Network. (2025). ${translation.title} (English translation of the Korean original). ${enUrl}`,
      bibtex: `@misc{byline2025openaims-en,\n  author       = {{Byline Network}},\n  title        = {${translation.title}},\n  note         = {English translation of the Korean original},\n  year         = {2025},\n  language     = {english},\n  url          = {${enUrl}}\n}`,
    },
  ] as const;
  const shapes = [
    { file: 'timeline.json', json: sample(await timelineData(), 'events') },
    { file: 'glossary.json', json: sample(await glossaryData(), 'terms') },
    { file: 'figures.json', json: sample(await figuresData(), 'figures') },
    { file: 'article.ko.json, article.en.json', json: await articleSample() },
  ];
  const { html, css } = await highlightAll([
    ...citations.flatMap((c) => [{ code: c.text, lang: 'text' as const }, { code: c.bibtex, lang: 'bibtex' as const }]),
    ...shapes.map((s) => ({ code: s.json, lang: 'json' as const })),
  ]);
  return {
    citations: citations.map((c, i) => ({ ...c, textHtml: html[i * 2]!, bibtexHtml: html[i * 2 + 1]! })),
    shapes: shapes.map((s, i) => ({ ...s, html: html[citations.length * 2 + i]! })),
    css,
  };
}
