// dist/.htaccess: Apache reads it in the published folder when the server's configuration allows
// it (AllowOverride All), with mod_headers, mod_deflate, mod_rewrite, mod_mime and mod_dir. A
// page's policy is chosen by its address, with or without index.html (mod_dir serves /ko/ as
// /ko/index.html). Apache's own redirect to a folder's slash names the host the client asked for.
import { compressedTypes, FILE_TYPES, IMMUTABLE, REVALIDATE, SITE_WIDE_HEADERS, type ServingRules } from './rules.ts';

const regexpEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');
const setHeader = (name: string, value: string) => `Header always set ${name} "${value}"`;

export function htaccess(rules: ServingRules): string {
  const lines = [
    '# Written by the build from the same list as _headers; rebuild rather than edit.',
    '# Needs AllowOverride All and mod_headers, mod_deflate, mod_rewrite, mod_mime, mod_dir.',
    '',
    'Options -Indexes -MultiViews',
    'DirectoryIndex index.html',
    `ErrorDocument 404 ${rules.notFound}`,
    'RewriteEngine On',
    "# Files only servers read, dotfiles and the server configuration are nobody else's;",
    '# a folder without a page is missing too.',
    'RewriteRule (^|/)(\\.(?!well-known/)|_headers$|server-config(/|$)) - [R=404,L]',
    'RewriteCond %{REQUEST_FILENAME} -d',
    'RewriteCond %{REQUEST_FILENAME}/index.html !-f',
    'RewriteRule ^ - [R=404,L]',
    '',
    ...FILE_TYPES.map((t) => `AddType ${t.type} .${t.ext}`),
    `AddCharset utf-8 ${FILE_TYPES.filter((t) => t.text)
      .map((t) => `.${t.ext}`)
      .join(' ')}`,
    `AddOutputFilterByType DEFLATE ${compressedTypes().join(' ')}`,
    '',
    ...SITE_WIDE_HEADERS.map(([name, value]) => setHeader(name, value)),
    setHeader('Cache-Control', REVALIDATE),
    `<If "%{REQUEST_URI} =~ m#^${regexpEscape(rules.immutable)}#">`,
    `\t${setHeader('Cache-Control', IMMUTABLE)}`,
    '</If>',
  ];
  for (const page of rules.pages) {
    const path = regexpEscape(`${rules.base}${page.file}`).replace(/index\\\.html$/, '(index\\.html)?');
    lines.push(
      `<If "%{REQUEST_URI} =~ m#^${path}$#">`,
      `\t${setHeader('Content-Security-Policy', page.policy)}`,
      '</If>',
    );
  }
  return `${lines.join('\n')}\n`;
}
