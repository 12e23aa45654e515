// The glossary and the <Term> references to it: every entry valid, every reference resolving to
// an entry and naming it by one of its forms.
import { termIdsIn, termsIn } from '../paragraphs.ts';
import { localeEnglishNames, locales } from '../../i18n/locales.ts';
import type { Content } from './content.ts';
import type { Problem } from './problem.ts';

export function checkGlossary({ glossary }: Content): Problem[] {
  return [...glossary.values()].flatMap(({ file, schemaIssues }) =>
    file.error
      ? [{ file: file.path, message: file.error }]
      : schemaIssues.map((issue) => ({ file: file.path, message: issue })),
  );
}

/** The glossary ids a <Term> may use: every entry that could be read, valid or not (checkGlossary reports those). */
const readableIds = ({ glossary }: Content) =>
  new Set([...glossary].filter(([, g]) => !g.file.error).map(([id]) => id));

export function checkTermReferences(content: Content): Problem[] {
  const ids = readableIds(content);
  const problems: Problem[] = [];
  for (const locale of locales) {
    for (const s of content.sections[locale]) {
      for (const [i, paragraph] of s.paragraphs.entries()) {
        for (const id of termIdsIn(paragraph)) {
          if (!ids.has(id))
            problems.push({
              file: s.path,
              message: `paragraph ${i + 1}: unknown glossary term "${id}" (there is no content/glossary/${id}.yaml)`,
            });
        }
      }
    }
  }
  return problems;
}

/** A warning: an entry no section uses is not shown on any article page. */
export function unusedGlossaryTerms(content: Content): Problem[] {
  const used = new Set(
    locales.flatMap((locale) => content.sections[locale].flatMap((s) => s.paragraphs.flatMap(termIdsIn))),
  );
  return [...readableIds(content)]
    .filter((id) => !used.has(id))
    .map((id) => ({
      file: content.glossary.get(id)!.file.path,
      message: `glossary term "${id}" is not used by any section`,
    }));
}

/** A term wraps words that name it: one of its glossary forms, possibly with more words around it or a particle after it. */
export function checkTermForms({ folder, glossary, sections }: Content): Problem[] {
  const problems: Problem[] = [];
  for (const locale of locales) {
    for (const s of sections[locale]) {
      for (const [i, paragraph] of s.paragraphs.entries()) {
        for (const term of termsIn(paragraph)) {
          const known = glossary.get(term.id)?.entry?.forms[locale];
          if (!known || known.some((form) => namesForm(term.text, form))) continue;
          problems.push({
            file: s.path,
            message: `paragraph ${i + 1}: <Term id="${term.id}"> wraps "${term.text}", which is none of its ${localeEnglishNames[locale]} forms (${known.map((f) => `"${f}"`).join(', ')} in ${folder.rel(`${folder.dir}/glossary/${term.id}.yaml`)}): check the id, or add the form to the glossary entry`,
          });
        }
      }
    }
  }
  return problems;
}

/** The form starts a word of the text (a figure may precede it): "Federal Trade Commission (FTC)", "APIs", "4.5기가와트" and "애저가" name their forms. */
function namesForm(text: string, form: string): boolean {
  const haystack = text.toLowerCase();
  const needle = form.toLowerCase();
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (at === 0 || !/\p{L}/u.test(haystack[at - 1]!)) return true;
  }
  return false;
}
