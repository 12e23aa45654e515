// server-config/nginx.conf: an include for the server {} block whose root is the published folder
// (or, under a sub-path, the folder that holds it under the base's name). nginx drops every
// add_header of an enclosing block once a location has one of its own, so each location repeats
// them all; a page's policy sits on its file (location = /ko/index.html), because a location for
// /ko/ is left by the internal redirect to index.html before its headers are added.
import {
  compressedTypes,
  FILE_TYPES,
  COMPRESS_FROM,
  IMMUTABLE,
  REVALIDATE,
  SITE_WIDE_HEADERS,
  type ServingRules,
} from './rules.ts';

const addHeaders = (headers: (readonly [string, string])[]) =>
  headers.map(([name, value]) => `    add_header ${name} "${value}" always;`);

function location(match: string, headers: (readonly [string, string])[]): string[] {
  return [`location ${match} {`, ...addHeaders([...SITE_WIDE_HEADERS, ...headers]), '}'];
}

export function nginxConf(rules: ServingRules): string {
  // text/html is always compressed and given the charset; naming it again is an error.
  const textTypes = compressedTypes().filter((t) => t !== 'text/html');
  const lines = [
    '# Written by the build from the same list as _headers; rebuild rather than edit.',
    '# Include it in the server {} block whose root is the published folder.',
    '',
    '# Redirects (/ko to /ko/) name no host or port of the server: right behind a proxy or port mapping.',
    'absolute_redirect off;',
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
    ...location('/', [['Cache-Control', REVALIDATE]]),
  ];
  for (const page of rules.pages) {
    lines.push(
      ...location(`= ${rules.base}${page.file}`, [
        ['Content-Security-Policy', page.policy],
        ['Cache-Control', REVALIDATE],
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}
