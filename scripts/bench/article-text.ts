// The article's own words per language, as the text floor and the bare page need them.
import { ContentFolder } from '../../src/node/content-files.ts';
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
export function articleText(folder: ContentFolder, locale: string): ArticleText {
  const meta = (folder.data('article', 'meta.yaml').data as Record<string, { title: string; description: string; credit: string }> | undefined)?.[locale];
  if (!meta) throw new Error(`content/article/meta.yaml has no "${locale}" entry`);
  const source = folder.text('source', `article.${locale}.txt`)?.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  const credit = source ? source.pop()! : meta.credit;
  const paragraphs = source ?? folder.sections(locale).flatMap((s) => s.paragraphs.map(stripMarkup));
  if (!paragraphs.length) throw new Error(`no article text for ${locale}`);
  return { title: meta.title, description: meta.description, paragraphs, credit };
}

/** The paragraphs gzipped: what no page of the article can weigh less than. */
export function textFloor(text: ArticleText): { rawBytes: number; gzipBytes: number } {
  const joined = text.paragraphs.join('\n\n');
  return { rawBytes: Buffer.byteLength(joined), gzipBytes: gzipSize(joined) };
}
