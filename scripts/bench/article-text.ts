// The article's own words per language, as the bare pages need them: the text, and the
// definitions of the terms it uses.
import { loadSource } from '../../src/node/checks/content.ts';
import { ContentFolder } from '../../src/node/content-files.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { stripMarkup, termIdsIn } from '../../src/node/paragraphs.ts';

export interface ArticleText {
  title: string;
  description: string;
  /** The paragraphs as a reader sees them, markup stripped. */
  paragraphs: string[];
  credit: string;
  /** Each term the language's sections use, in order of first use, as its card names and defines it. */
  definitions: { label: string; definition: string }[];
}

type Localized = Record<string, string>;

/**
 * A language's text: its source file where it has one (`source/article.<locale>.txt`, paragraphs
 * and the credit line last), else the paragraphs of its sections and the credit of meta.yaml. The
 * build checks that the two agree wherever both exist.
 */
export function articleText(folder: ContentFolder, locale: Locale): ArticleText {
  const meta = (
    folder.data('article', 'meta.yaml').data as
      Record<string, { title: string; description: string; credit: string }> | undefined
  )?.[locale];
  if (!meta) throw new Error(`content/article/meta.yaml has no "${locale}" entry`);
  const source = loadSource(folder, locale);
  const sections = folder.sections(locale);
  const credit = source.credit ?? meta.credit;
  const paragraphs = source.paragraphs ?? sections.flatMap((s) => s.paragraphs.map(stripMarkup));
  if (!paragraphs.length) throw new Error(`no article text for ${locale}`);
  const glossary = folder.dataFolder('glossary', '.yaml');
  const definitions = [...new Set(sections.flatMap((s) => s.paragraphs.flatMap(termIdsIn)))].map((id) => {
    const entry = glossary.get(id)?.data as { label: Localized; definition: Localized } | undefined;
    if (!entry) throw new Error(`content/glossary/${id}.yaml is missing`);
    return { label: entry.label[locale]!, definition: entry.definition[locale]! };
  });
  return { title: meta.title, description: meta.description, paragraphs, credit, definitions };
}
