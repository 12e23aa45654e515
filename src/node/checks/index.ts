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

export function checkContent(folder: ContentFolder): CheckResult {
  const content = loadContent(folder);
  return {
    errors: errorChecks.flatMap((check) => check(content)),
    warnings: warningChecks.flatMap((check) => check(content)),
  };
}
