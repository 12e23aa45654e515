// server-config/Caddyfile: a file to import into the site block whose root is the published
// folder. Caddy takes a file's type from the system's list, which gives JSON no charset, so the
// type of every kind of file is set here (file_server keeps a Content-Type already set). The
// error route starts afresh, so it names the 404 page's headers again.
import {
  COMPRESS_FROM,
  compressedTypes,
  contentType,
  FILE_TYPES,
  IMMUTABLE,
  REVALIDATE,
  SITE_WIDE_HEADERS,
  type ServingRules,
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

export function caddyfile(rules: ServingRules): string {
  const lines = [
    '# Written by the build from the same list as _headers; rebuild rather than edit.',
    '# Import it in the site block whose root is the published folder.',
    '',
    ...headerBlock(SITE_WIDE_HEADERS),
    `@immutable path ${rules.immutable}*`,
    `header @immutable Cache-Control ${quoted(IMMUTABLE)}`,
    `@revalidate not path ${rules.immutable}*`,
    `header @revalidate Cache-Control ${quoted(REVALIDATE)}`,
  ];
  for (const t of FILE_TYPES) {
    lines.push(`@type_${t.ext} path *.${t.ext}`, `header @type_${t.ext} Content-Type ${quoted(contentType(t))}`);
  }
  rules.pages.forEach((page, i) => {
    const file = `${rules.base}${page.file}`;
    lines.push(
      `@page${i} path ${page.path === file ? file : `${page.path} ${file}`}`,
      `header @page${i} Content-Security-Policy ${quoted(page.policy)}`,
    );
  });
  const notFound = rules.pages.find((page) => `${rules.base}${page.file}` === rules.notFound);
  lines.push(
    '',
    "# Files only servers read, dotfiles and the server configuration are nobody else's.",
    '@hidden {',
    '\tpath_regexp (^|/)(\\.|_headers$|server-config(/|$))',
    '\tnot path /.well-known/*',
    '}',
    'error @hidden 404',
    ...compress(),
    'file_server',
    '',
    '# Any missing address gets the site 404 page, with status 404.',
    'handle_errors {',
    ...[
      `rewrite * ${rules.notFound}`,
      ...headerBlock([
        ...SITE_WIDE_HEADERS,
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Cache-Control', REVALIDATE],
        ...(notFound ? [['Content-Security-Policy', notFound.policy] as const] : []),
      ]),
      ...compress(),
      'file_server',
    ].map((line) => `\t${line}`),
    '}',
  );
  return `${lines.join('\n')}\n`;
}
