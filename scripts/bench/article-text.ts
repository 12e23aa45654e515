// The article's own words per language, as the text floor and the bare page need them.
import { loadSource } from '../../src/node/checks/content.ts';
import { ContentFolder } from '../../src/node/content-files.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { stripMarkup } from '../../src/node/paragraphs.ts';
import { gzipSize } from './stats.ts';

export interface ArticleText {
  title: string;
  description: string;
  /** The paragraphs as a reader sees them, markup stripped. */
  paragraphs: string[];
  credit: string;
}

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
  const credit = source.credit ?? meta.credit;
  const paragraphs = source.paragraphs ?? folder.sections(locale).flatMap((s) => s.paragraphs.map(stripMarkup));
  if (!paragraphs.length) throw new Error(`no article text for ${locale}`);
  return { title: meta.title, description: meta.description, paragraphs, credit };
}

/** The paragraphs gzipped: what no page of the article can weigh less than. */
export function textFloor(text: ArticleText): { rawBytes: number; gzipBytes: number } {
  const joined = text.paragraphs.join('\n\n');
  return { rawBytes: Buffer.byteLength(joined), gzipBytes: gzipSize(joined) };
}
