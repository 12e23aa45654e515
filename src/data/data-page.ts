// What the data page shows in code blocks: how to cite the original and the translation, and a
// sample of each data file's shape, highlighted at build time. The page renders the HTML and
// /highlight.css serves the matching colour classes, from one call, so the two always agree.
import { getMeta, getSource } from './article.ts';
import { articleData, figuresData, glossaryData, timelineData } from './exports.ts';
import { absoluteUrl, localeEnglishNames, localePath, locales, sourceLocale, type Locale } from '../i18n/index.ts';
import { highlightAll } from '../node/highlight.ts';

/** One sample entry of a data file shows its shape. */
const sample = (data: Record<string, unknown>, key: string) =>
  JSON.stringify({ ...data, [key]: [(data[key] as unknown[])[0], '…'] }, null, 2);

/** An article file's shape: its first section's first paragraph, cut short, and its first sentence. */
async function articleSample(): Promise<string> {
  const data = await articleData('en');
  const [section] = data.sections;
  const [paragraph] = section!.paragraphs;
  const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
  const first = {
    ...paragraph!,
    text: cut(paragraph!.text),
    sentences: [{ ...paragraph!.sentences[0]!, text: cut(paragraph!.sentences[0]!.text) }, '…'],
  };
  return JSON.stringify({ ...data, sections: [{ ...section!, paragraphs: [first, '…'] }, '…'] }, null, 2);
}

// Both data pages and /highlight.css ask for it; the answer is the same, so it is made once.
let cached: ReturnType<typeof makeDataPageCode> | undefined;

export function dataPageCode(site: URL | undefined) {
  cached ??= makeDataPageCode(site);
  return cached;
}

/**
 * The original and each translation in the usual citation forms, from the facts in meta.yaml
 * (publisher, year, address, BibTeX key) and each language's title. The forms' own words are
 * English, as citation styles are.
 */
async function makeDataPageCode(site: URL | undefined) {
  const source = await getSource();
  const year = source.published.slice(0, 4);
  const translations = locales.filter((l) => l !== sourceLocale);
  const language = (l: Locale) => localeEnglishNames[l].toLowerCase();
  const original = await getMeta(sourceLocale);
  const publisherNames = `${source.publisher[sourceLocale]} (${translations.map((l) => source.publisher[l]).join(', ')})`;
  const citations = [
    {
      of: 'original' as const,
      lang: sourceLocale,
      text: `${source.publisher[sourceLocale]}. (${year}). ${original.title}. ${source.url}`,
      bibtex: `@article{${source.citationKey},\n  author    = {{${publisherNames}}},\n  title     = {${original.title}},\n  journal   = {${source.publisher[sourceLocale]}},\n  year      = {${year}},\n  language  = {${language(sourceLocale)}},\n  url       = {${source.url}}\n}`,
    },
    ...(await Promise.all(
      translations.map(async (l) => {
        const { title } = await getMeta(l);
        const url = absoluteUrl(localePath(l), site);
        const note = `${localeEnglishNames[l]} translation of the ${localeEnglishNames[sourceLocale]} original`;
        return {
          of: 'translation' as const,
          lang: l,
          text: `${source.publisher[l]}. (${year}). ${title} (${note}). ${url}`,
          bibtex: `@misc{${source.citationKey}-${l},\n  author       = {{${source.publisher[l]}}},\n  title        = {${title}},\n  note         = {${note}},\n  year         = {${year}},\n  language     = {${language(l)}},\n  url          = {${url}}\n}`,
        };
      }),
    )),
  ];
  const shapes = [
    { file: 'timeline.json', json: sample(await timelineData(), 'events') },
    { file: 'glossary.json', json: sample(await glossaryData(), 'terms') },
    { file: 'figures.json', json: sample(await figuresData(), 'figures') },
    { file: locales.map((l) => `article.${l}.json`).join(', '), json: await articleSample() },
  ];
  const { html, css } = await highlightAll([
    ...citations.flatMap((c) => [
      { code: c.text, lang: 'text' as const },
      { code: c.bibtex, lang: 'bibtex' as const },
    ]),
    ...shapes.map((s) => ({ code: s.json, lang: 'json' as const })),
  ]);
  return {
    citations: citations.map((c, i) => ({ ...c, textHtml: html[i * 2]!, bibtexHtml: html[i * 2 + 1]! })),
    shapes: shapes.map((s, i) => ({ ...s, html: html[citations.length * 2 + i]! })),
    css,
  };
}
