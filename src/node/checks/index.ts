// The invariants the build enforces on content. Each problem names the file and what is wrong,
// in words an editor or translator can act on without reading code.
//
// The content is loaded once (./content.ts); then each check reads it and returns its problems.
// A new check is a function here or in one of the files beside this one, added to the list
// below, with a fixture in tests/fixtures/<name>/ holding the fault it refuses.
import type { ContentFolder } from '../content-files.ts';
import { loadContent, type Content } from './content.ts';
import type { Problem } from './problem.ts';
import {
  checkAlignment,
  checkDuplicateIds,
  checkFrontmatter,
  checkMarkup,
  checkPlainText,
  checkSectionsFound,
} from './sections.ts';
import { checkCredit, checkSource } from './source.ts';
import { checkMagnitudes, checkNumbers, checkSentences, checkTranslationFigures } from './translation.ts';
import { checkGlossary, checkTermForms, checkTermReferences, unusedGlossaryTerms } from './terms.ts';
import { wordChecks } from './words.ts';
import type { KoreanDictionary } from '../words/dictionary.ts';
import { checkChronology, checkFigureLinks, checkInterfaceStrings, checkMeta, checkTimelineLinks } from './data.ts';

export interface CheckResult {
  errors: Problem[];
  warnings: Problem[];
}

export type Check = (content: Content) => Problem[];

/** What fails the build, in the order the problems are listed. */
export const errorChecks: Check[] = [
  checkSectionsFound,
  checkFrontmatter,
  checkMarkup,
  checkDuplicateIds,
  checkAlignment,
  checkSource,
  checkCredit,
  checkNumbers,
  checkTranslationFigures,
  checkMagnitudes,
  checkPlainText,
  checkTermForms,
  checkSentences,
  checkGlossary,
  checkTermReferences,
  checkTimelineLinks,
  checkChronology,
  checkFigureLinks,
  checkMeta,
  checkInterfaceStrings,
];

/** What the build only reports. */
export const warningChecks: Check[] = [unusedGlossaryTerms];

/**
 * Checks the content folder. The Korean dictionary is loaded once, by whoever runs the checks
 * (`await koreanDictionary()`), so that checking again as an editor saves is immediate.
 */
export function checkContent(folder: ContentFolder, dictionary: KoreanDictionary): CheckResult {
  const content = loadContent(folder);
  const errors = errorChecks.flatMap((check) => check(content));
  // The word data describes the sentences as they are: it is checked once they pass their own
  // checks, so that a fault in a sentence is reported once, in the file that has it.
  if (errors.length === 0) errors.push(...wordChecks.flatMap((check) => check(content, dictionary)));
  return { errors, warnings: warningChecks.flatMap((check) => check(content)) };
}
