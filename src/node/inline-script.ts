// The source of an inline script that calls a typed function with these arguments, minified (it
// is sent in every page that has it, and counts in the first-load script budget). Pages inline a
// few steps that must run before first paint and allow them by hash; the function must stand
// alone (no imports, nothing from outside but its arguments), since its source is what is sent.
// Its parameters become constants of a block around its body, so that the minifier writes each
// argument where it is used; a body that returns or reads `this` or `arguments` stays a call.
import { minifySync, parseSync } from 'rolldown/utils';

export function inlineCall<A extends unknown[]>(fn: (...args: A) => void, ...args: A): string {
  const source = `(${fn.toString()})`;
  const values = args.map((a) => JSON.stringify(a));
  const block = asBlock(source, values);
  return minified(block ?? `${source}(${values.join(',')})`);
}

function asBlock(source: string, values: string[]): string | undefined {
  const [statement] = parseSync('inline.js', source).program.body;
  let fn = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (fn?.type === 'ParenthesizedExpression') fn = fn.expression;
  if (fn?.type !== 'FunctionExpression' && fn?.type !== 'ArrowFunctionExpression') return undefined;
  if (fn.body?.type !== 'BlockStatement') return undefined;
  const names = fn.params.map((p) => (p.type === 'Identifier' ? p.name : undefined));
  const body = source.slice(fn.body.start + 1, fn.body.end - 1);
  const code = body.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''); // a comment may say "this"
  if (names.includes(undefined) || /\b(return|this|arguments)\b/.test(code)) return undefined;
  const constants = names.map((name, i) => `${name} = ${values[i] ?? 'undefined'}`);
  return `{${constants.length ? `const ${constants.join(', ')};` : ''}${body}}`;
}

function minified(source: string): string {
  const { code, errors } = minifySync('inline.js', source);
  if (errors.length) throw new Error(`inline script does not minify: ${errors[0]!.message}\n${source}`);
  return code.trim().replace(/;$/, '');
}
