// server-config/nginx.conf: an include for the server {} block whose root is the published folder
// (or, under a sub-path, the folder that holds it under the base's name). At a host's root it is
// the whole site: its settings are the server's. Under a sub-path it claims only the sub-path: all
// of it sits in one `location ^~ /base/ { … }`, so that beside it the host keeps its own
// `location /`, types, 404 page and compression for everything else. nginx drops every add_header
// of an enclosing block once a location has one of its own, so each location repeats them all; a
// page's policy sits on its file (location = /ko/index.html), because a location for /ko/ is left
// by the internal redirect to index.html before its headers are added.
import {
  compressedTypes,
  FILE_TYPES,
  COMPRESS_FROM,
  HSTS,
  IMMUTABLE,
  REVALIDATE,
  SITE_WIDE_HEADERS,
  type ServingRules,
  writtenByTheBuild,
} from './rules.ts';

/** Empty over plain HTTP, so that add_header sends nothing there. */
const HSTS_VARIABLE = '$explainer_hsts';

const addHeaders = (headers: (readonly [string, string])[]) =>
  headers.map(([name, value]) => `    add_header ${name} "${value}" always;`);

function location(match: string, headers: (readonly [string, string])[]): string[] {
  return [`location ${match} {`, ...addHeaders([...SITE_WIDE_HEADERS, [HSTS[0], HSTS_VARIABLE], ...headers]), '}'];
}

const indent = (lines: string[]) => lines.map((line) => (line ? `    ${line}` : line));

export function nginxConf(rules: ServingRules): string {
  // text/html is always compressed and given the charset; naming it again is an error.
  const textTypes = compressedTypes().filter((t) => t !== 'text/html');
  const atRoot = rules.base === '/';
  const settings = [
    '# Redirects (/ko to /ko/) name no host or port of the server: right behind a proxy or port mapping.',
    'absolute_redirect off;',
    '# No version on the error pages nginx writes itself, nor in the Server header.',
    'server_tokens off;',
    'index index.html;',
    '# Any missing address, a folder without a page included, gets the site 404 page with status 404.',
    `error_page 403 404 =404 ${rules.notFound};`,
    '',
    'types {',
    ...FILE_TYPES.map((t) => `    ${t.type} ${t.ext};`),
    '}',
    'default_type application/octet-stream;',
    'charset utf-8;',
    `charset_types ${textTypes.join(' ')};`,
    'gzip on;',
    'gzip_vary on;',
    'gzip_proxied any;',
    'gzip_comp_level 6;',
    `gzip_min_length ${COMPRESS_FROM};`,
    `gzip_types ${textTypes.join(' ')};`,
    '',
    "# Files only servers read, dotfiles and the server configuration are nobody else's.",
    'location ~ (^|/)(\\.(?!well-known/)|_headers$|server-config(/|$)) {',
    '    return 404;',
    '}',
    ...location(`^~ ${rules.immutable}`, [['Cache-Control', IMMUTABLE]]),
  ];
  const pages = rules.pages.flatMap((page) =>
    location(`= ${rules.base}${page.file}`, [
      ['Content-Security-Policy', page.policy],
      ['Cache-Control', REVALIDATE],
    ]),
  );
  const lines = [
    ...writtenByTheBuild(
      'Include it in the server {} block whose root is the published folder',
      rules,
      'the site is the whole host: the block needs no location, types or gzip of its own',
    ),
    '',
    '# Strict-Transport-Security over HTTPS only: a proxy that ends TLS in front of nginx sends it itself.',
    `set ${HSTS_VARIABLE} "";`,
    `if ($https) {`,
    `    set ${HSTS_VARIABLE} "${HSTS[1]}";`,
    '}',
    '',
  ];
  if (atRoot) {
    lines.push(...settings, ...location('/', [['Cache-Control', REVALIDATE]]), ...pages);
  } else {
    const bare = rules.base.slice(0, -1);
    lines.push(
      `location = ${bare} {`,
      '    absolute_redirect off;',
      '    server_tokens off;',
      `    return 301 ${rules.base};`,
      '}',
      `location ^~ ${rules.base} {`,
      ...indent([
        ...settings,
        ...location(rules.base, [['Cache-Control', REVALIDATE]])
          .slice(1, -1)
          .map((line) => line.trim()),
        ...pages,
      ]),
      '}',
    );
  }
  return `${lines.join('\n')}\n`;
}
