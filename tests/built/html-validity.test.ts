// The W3C Nu HTML Checker (vnu.jar, from the vnu-jar package) on every .html file of the build in
// dist/: no errors. Needs Java (java on the PATH, or JAVA=/path/to/java). It reads files only, so
// it runs with Vitest after the build, not in a browser.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from 'vitest';
import { builtHtmlFiles, ROOT_BUILD } from '../support/site.ts';

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const JAVA = process.env.JAVA ?? 'java';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

function vnu(files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      JAVA,
      ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024, timeout: 240_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number')
          reject(new Error(`could not run ${JAVA} -jar ${VNU_JAR}: ${error.message}`));
        else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

test(`every .html file in ${ROOT_BUILD.dir}/ passes the Nu HTML Checker`, async () => {
  const files = builtHtmlFiles(ROOT_BUILD).map((f) => join(ROOT_BUILD.dir, f));
  expect(files.length, `.html files in ${ROOT_BUILD.dir}/`).toBeGreaterThan(0);

  const { code, stdout, stderr } = await vnu(files);
  // The JSON report is written to stderr; anything else there (a Java error) fails to parse.
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(stderr || stdout) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`vnu exited ${code} without a JSON report:\n${stderr}\n${stdout}`);
  }
  const where = (m: VnuMessage) => {
    const file = m.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(m.url)) : (m.url ?? '?');
    return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}`;
  };
  const errors = messages.map(
    (m) =>
      `${where(m)}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`,
  );
  if (errors.length > 0) console.log(`Nu HTML Checker, ${errors.length} error(s):\n${errors.join('\n')}`);
  expect(errors, 'Nu HTML Checker errors (file:line:column: message)').toEqual([]);
  expect(code, 'vnu exit code').toBe(0);
}, 300_000);
