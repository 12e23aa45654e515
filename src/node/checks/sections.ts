// The section files: found, with valid frontmatter, unique ids, the same sections and paragraphs
// in every language, and plain text with no markup but <Term>.
import { malformedTags, notPlainText } from '../paragraphs.ts';
import { localeEnglishNames, locales, sourceLocale, type Locale } from '../../i18n/locales.ts';
import { translationLocales, type Content } from './content.ts';
import type { Problem } from './problem.ts';

export function checkSectionsFound({ folder, files }: Content): Problem[] {
  return locales
    .filter((locale) => files[locale].length === 0)
    .map((locale) => ({
      file: folder.rel(`${folder.dir}/article/${locale}`),
      message: `no ${localeEnglishNames[locale]} sections (.mdx files) found`,
    }));
}

export function checkFrontmatter({ files }: Content): Problem[] {
  return locales.flatMap((locale) =>
    files[locale].flatMap((file) =>
      file.frontmatterError
        ? [{ file: file.path, message: file.frontmatterError }]
        : file.schemaIssues.map((issue) => ({ file: file.path, message: `frontmatter: ${issue}` })),
    ),
  );
}

export function checkMarkup({ sections }: Content): Problem[] {
  return locales.flatMap((locale) =>
    sections[locale].flatMap((s) =>
      s.paragraphs.flatMap((paragraph, index) =>
        malformedTags(paragraph).map((tag) => ({
          file: s.path,
          message: `paragraph ${index + 1}: unexpected markup ${tag} (only <Term id="…">…</Term> is allowed)`,
        })),
      ),
    ),
  );
}

/** No two sections of a language share an id or an order. */
export function checkDuplicateIds({ sections }: Content): Problem[] {
  const problems: Problem[] = [];
  for (const locale of locales) {
    for (const [key, label] of [
      ['section', 'section id'],
      ['order', 'order'],
    ] as const) {
      const seen = new Map<unknown, string>();
      for (const s of sections[locale]) {
        const other = seen.get(s.meta[key]);
        if (other)
          problems.push({ file: s.path, message: `${label} ${JSON.stringify(s.meta[key])} is also used by ${other}` });
        seen.set(s.meta[key], s.path);
      }
    }
  }
  return problems;
}

/** Same file names, same ids, same order and the same number of paragraphs in every language. */
export function checkAlignment({ files, sections }: Content): Problem[] {
  const problems: Problem[] = [];
  const source = sections[sourceLocale];
  const sourceNames = new Set(source.map((s) => s.name));
  const fileNames = (locale: Locale) => new Set(files[locale].map((f) => f.name));
  for (const locale of translationLocales) {
    const byName = new Map(sections[locale].map((s) => [s.name, s]));
    const translatedFiles = fileNames(locale);
    for (const original of source) {
      const translated = byName.get(original.name);
      const expected = original.path.replace(`/article/${sourceLocale}/`, `/article/${locale}/`);
      if (!translated) {
        // A file whose frontmatter failed is already reported; it is not missing.
        if (translatedFiles.has(original.name)) continue;
        problems.push({
          file: expected,
          message: `missing: ${original.path} has no ${localeEnglishNames[locale]} translation (a section needs the same file name in both languages)`,
        });
        continue;
      }
      if (translated.meta.section !== original.meta.section) {
        problems.push({
          file: translated.path,
          message: `section id "${translated.meta.section}" differs from "${original.meta.section}" in ${original.path}`,
        });
      }
      if (translated.meta.order !== original.meta.order) {
        problems.push({
          file: translated.path,
          message: `order ${translated.meta.order} differs from order ${original.meta.order} in ${original.path}: the sections would appear in a different order`,
        });
      }
      if (translated.paragraphs.length !== original.paragraphs.length) {
        problems.push({
          file: translated.path,
          message: `${translated.paragraphs.length} paragraph(s), but ${original.path} has ${original.paragraphs.length}: paragraph N must translate paragraph N (paragraphs are separated by one blank line)`,
        });
      }
    }
    const sourceFiles = fileNames(sourceLocale);
    for (const extra of sections[locale].filter((s) => !sourceNames.has(s.name) && !sourceFiles.has(s.name))) {
      problems.push({
        file: extra.path,
        message: `no ${localeEnglishNames[sourceLocale]} section with this file name: every translated section needs its original`,
      });
    }
  }
  return problems;
}

/** Section text is plain text, shown the same on the page, in the data files and in "show original". */
export function checkPlainText({ sections }: Content): Problem[] {
  return locales.flatMap((locale) =>
    sections[locale].flatMap((s) =>
      s.paragraphs.flatMap((paragraph, i) =>
        notPlainText(paragraph).map(({ excerpt, what }) => ({
          file: s.path,
          message: `paragraph ${i + 1}: "${excerpt}" is ${what}; section text is plain text (only <Term> is allowed), so write the words without it`,
        })),
      ),
    ),
  );
}
