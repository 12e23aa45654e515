// The content checks alone, without a build: `npm run check:content` lists every problem;
// `npm run check:content -- content/words/01-google-cloud-deal.yaml` only those of the files named.
import { checkContent } from '../src/node/checks/index.ts';
import { formatProblem } from '../src/node/checks/problem.ts';
import { ContentFolder } from '../src/node/content-files.ts';
import { contentDir } from '../src/node/content-dir.ts';
import { koreanDictionary } from '../src/node/words/dictionary.ts';

const only = process.argv.slice(2).map((f) => f.replace(/^\.\//, ''));
const { errors, warnings } = checkContent(new ContentFolder(process.cwd(), contentDir()), await koreanDictionary());
const shown = errors.filter((e) => only.length === 0 || only.includes(e.file));
for (const w of warnings) console.warn(`warning: ${formatProblem(w)}`);
for (const e of shown) console.log(formatProblem(e));
console.log(`${shown.length} problem(s)${only.length ? ` in ${only.join(', ')}` : ''}`);
process.exitCode = shown.length ? 1 : 0;
