// Starts the word data of sentences that have none: `npm run words:scaffold` appends, to each
// content/words/<section file>.yaml, an entry for every sentence pair the file lacks, with the
// sentence's written words and tokens laid out and every field to fill marked "__". Entries already
// written are left as they are; the build refuses the "__" until an editor has filled them in.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ContentFolder } from '../src/node/content-files.ts';
import { contentDir } from '../src/node/content-dir.ts';
import { sentencePairsByFile } from '../src/node/words/sentences.ts';
import { bareWord, writtenWords } from '../src/node/words/tokens.ts';

const folder = new ContentFolder(process.cwd(), contentDir());
const quote = (s: string) =>
  /^[\p{L}\p{N}][\p{L}\p{N} .’'-]*$/u.test(s) && !/^(yes|no|true|false|null|none)$/i.test(s) ? s : JSON.stringify(s);

const HEADER = `# The words of one section, sentence pair by sentence pair (see the README, "Word data").
# ko words: each written word with its pieces, [as written, dictionary form, part of speech,
#   meaning here in English, English tokens it says (0-based) or none, name|loanword|abbreviation]
# en words: each token, [as written, dictionary form, part of speech, meaning here in Korean]
`;

for (const [name, pairs] of sentencePairsByFile(folder.sections('ko'), folder.sections('en'))) {
  const file = join(folder.dir, 'words', `${name}.yaml`);
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const written = new Set(((yaml.load(existing) as { id?: string }[] | null) ?? []).map((e) => e.id));
  const entries = pairs
    .filter((pair) => !written.has(pair.id))
    .map((pair) => {
      const ko = writtenWords(pair.ko)
        .map((word) => `    - ${quote(word)}:\n        - [${quote(bareWord(word))}, __, __, __, __]`)
        .join('\n');
      const en = writtenWords(pair.en)
        .map(bareWord)
        .filter(Boolean)
        .map((token, i) => `    - [${quote(token)}, __, __, __] # ${i}`)
        .join('\n');
      return `\n- id: ${pair.id}\n  ko: ${JSON.stringify(pair.ko)}\n  en: ${JSON.stringify(pair.en)}\n  ko words:\n${ko}\n  en words:\n${en}\n`;
    });
  if (entries.length === 0) continue;
  writeFileSync(file, existing + entries.join(''));
  console.log(`${folder.rel(file)}: ${entries.length} sentence pair(s) to fill in`);
}
