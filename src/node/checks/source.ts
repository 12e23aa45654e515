// The source-language sections and the credit line are the published source, word for word.
import { stripMarkup } from '../paragraphs.ts';
import { localeEnglishNames, sourceLocale } from '../../i18n/locales.ts';
import type { Content } from './content.ts';
import type { Problem } from './problem.ts';

/** The source-language paragraphs, stripped of markup, are the source text verbatim. */
export function checkSource({ sections, source }: Content): Problem[] {
  const lines = source.paragraphs;
  if (lines === undefined) return [{ file: source.path, message: 'the source text is missing' }];
  const problems: Problem[] = [];
  const ordered = [...sections[sourceLocale]].sort((a, b) => a.meta.order - b.meta.order);
  const paragraphs = ordered.flatMap((s) => s.paragraphs.map((text, i) => ({ s, i, text: stripMarkup(text) })));
  for (const [n, line] of lines.entries()) {
    const p = paragraphs[n];
    if (!p) {
      problems.push({
        file: source.path,
        message: `line ${n + 1} of the source is in no ${localeEnglishNames[sourceLocale]} section (the sections have ${paragraphs.length} paragraphs, the source ${lines.length})`,
      });
      break;
    }
    if (p.text !== line) {
      problems.push({
        file: p.s.path,
        message: `paragraph ${p.i + 1} differs from line ${n + 1} of ${source.path}: ${firstDifference(line, p.text)}`,
      });
    }
  }
  for (const p of paragraphs.slice(lines.length)) {
    problems.push({ file: p.s.path, message: `paragraph ${p.i + 1} is not in ${source.path}` });
  }
  return problems;
}

/** The credit in meta.yaml is the source's last line. */
export function checkCredit({ meta, source }: Content): Problem[] {
  if (source.paragraphs === undefined) return []; // checkSource reports the missing source
  const metaCredit = (meta.data as Record<string, { credit?: string }> | undefined)?.[sourceLocale]?.credit;
  if (metaCredit === undefined || metaCredit === source.credit) return [];
  return [
    {
      file: meta.path,
      message: `${sourceLocale}.credit differs from the source's credit line: ${firstDifference(source.credit ?? '', metaCredit)}`,
    },
  ];
}

function firstDifference(expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 12), i + 18));
  return `at character ${i + 1}, the source has ${around(expected)} but the file has ${around(actual)}`;
}
