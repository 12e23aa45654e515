// server-config/Caddyfile: a file to import into the site block whose root is the published
// folder (or, under a sub-path, the folder that holds it under the base's name). Caddy takes a
// file's type from the system's list, which gives JSON no charset, so the type of every kind of
// file is set here (file_server keeps a Content-Type already set). Under a sub-path every route
// sits in a `handle /base/*`, and the error route answers only for addresses under the base, so the
// host's other routes and errors stay its own. The error route starts afresh, so it names the
// headers again. Caddy's file server answers 500 where the file system refuses a name (a segment
// of 256 characters or more, a NUL byte) and serves a page to any method: those are answered
// first, with 404 and 405 as nginx and Apache answer them.
import {
  COMPRESS_FROM,
  compressedTypes,
  contentType,
  FILE_TYPES,
  HSTS,
  IMMUTABLE,
  REVALIDATE,
  SITE_WIDE_HEADERS,
  type ServingRules,
  writtenByTheBuild,
} from './rules.ts';

const quoted = (value: string) => `"${value}"`;

const headerBlock = (headers: readonly (readonly [string, string])[]) => [
  'header {',
  ...headers.map(([name, value]) => `\t${name} ${quoted(value)}`),
  '}',
];

const compress = () => [
  'encode gzip {',
  `\tminimum_length ${COMPRESS_FROM}`,
  '\tmatch {',
  ...compressedTypes().map((t) => `\t\theader Content-Type ${t}*`),
  '\t}',
  '}',
];

const indent = (lines: string[]) => lines.map((line) => (line ? `\t${line}` : line));

/** Strict-Transport-Security, on responses over HTTPS only. */
const hsts = (name: string) => [`@${name} protocol https`, `header @${name} ${HSTS[0]} ${quoted(HSTS[1])}`];

export function caddyfile(rules: ServingRules): string {
  const atRoot = rules.base === '/';
  const site = [
    ...headerBlock(SITE_WIDE_HEADERS),
    ...hsts('https'),
    `@immutable path ${rules.immutable}*`,
    `header @immutable Cache-Control ${quoted(IMMUTABLE)}`,
    `@revalidate not path ${rules.immutable}*`,
    `header @revalidate Cache-Control ${quoted(REVALIDATE)}`,
  ];
  for (const t of FILE_TYPES) {
    site.push(`@type_${t.ext} path *.${t.ext}`, `header @type_${t.ext} Content-Type ${quoted(contentType(t))}`);
  }
  rules.pages.forEach((page, i) => {
    const file = `${rules.base}${page.file}`;
    site.push(
      `@page${i} path ${page.path === file ? file : `${page.path} ${file}`}`,
      `header @page${i} Content-Security-Policy ${quoted(page.policy)}`,
    );
  });
  site.push(
    '',
    '# Only reading: any other method gets 405, as from nginx and Apache.',
    '@other_method not method GET HEAD',
    'error @other_method 405',
    '# A name no file can have (a segment of 256 characters or more, a NUL byte) is missing, not an error.',
    '@unnameable path_regexp [^/]{256}|\\x00',
    'error @unnameable 404',
    "# Files only servers read, dotfiles and the server configuration are nobody else's.",
    '@hidden {',
    '\tpath_regexp (^|/)(\\.|_headers$|server-config(/|$))',
    '\tnot path /.well-known/*',
    '}',
    'error @hidden 404',
    ...compress(),
    'file_server',
  );
  const notFound = rules.pages.find((page) => `${rules.base}${page.file}` === rules.notFound);
  const errorHeaders = [...SITE_WIDE_HEADERS, ['Cache-Control', REVALIDATE] as const];
  const errors = [
    '# A missing address gets the site 404 page, with status 404; any other error, its status alone.',
    '@not_found {',
    ...(atRoot ? [] : [`\tpath ${rules.base}*`]),
    '\texpression {err.status_code} == 404',
    '}',
    'handle @not_found {',
    ...indent([
      `rewrite * ${rules.notFound}`,
      ...headerBlock([
        ...errorHeaders,
        ['Content-Type', 'text/html; charset=utf-8'],
        ...(notFound ? [['Content-Security-Policy', notFound.policy] as const] : []),
      ]),
      ...hsts('https_not_found'),
      ...compress(),
      'file_server',
    ]),
    '}',
    ...(atRoot ? ['handle {'] : [`@error path ${rules.base}*`, 'handle @error {']),
    ...indent([
      ...headerBlock(errorHeaders),
      ...hsts('https_error'),
      '@method_not_allowed expression {err.status_code} == 405',
      'header @method_not_allowed Allow "GET, HEAD"',
      'respond "{err.status_code} {err.status_text}" {err.status_code}',
    ]),
    '}',
  ];
  const lines = [
    ...writtenByTheBuild(
      'Import it in the site block whose root is the published folder',
      rules,
      'the site is the whole host: the block needs no file_server or handle_errors of its own',
    ),
    '',
  ];
  if (atRoot) {
    lines.push(...site, '', 'handle_errors {', ...indent(errors), '}');
  } else {
    lines.push(
      `redir ${rules.base.slice(0, -1)} ${rules.base} 308`,
      `handle ${rules.base}* {`,
      ...indent(site),
      '}',
      '',
      'handle_errors {',
      ...indent(errors),
      '}',
    );
  }
  return `${lines.join('\n')}\n`;
}
