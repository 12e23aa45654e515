// dist/.htaccess: Apache reads it in the published folder when the server's configuration allows
// it (AllowOverride All), with mod_headers, mod_deflate, mod_rewrite, mod_mime and mod_dir. A
// page's policy is chosen by its address, with or without index.html (mod_dir serves /ko/ as
// /ko/index.html). Apache's own redirect to a folder's slash (mod_dir's, as mod_rewrite's and
// mod_alias's) is an absolute URL with the scheme and port Apache was reached by: http:// behind a
// TLS proxy, the backend's port behind a port mapping. No directive of an .htaccess makes it
// relative, so the redirect is written here from what the client asked for: the Host it sent, and
// https when Apache or the proxy in front of it (X-Forwarded-Proto) ended TLS.
// mod_deflate gives a compressed response the ETag "…-gzip", which a revisit's If-None-Match then
// never matches: the request's copy is turned back into the file's own ETag, so that a revisit gets
// 304 (as DeflateAlterETag NoChange does, which only the server's configuration can set).
import {
  compressedTypes,
  FILE_TYPES,
  HSTS,
  IMMUTABLE,
  REVALIDATE,
  SITE_WIDE_HEADERS,
  type ServingRules,
  writtenByTheBuild,
} from './rules.ts';

const regexpEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');
const setHeader = (name: string, value: string) => `Header always set ${name} "${value}"`;

export function htaccess(rules: ServingRules): string {
  const lines = [
    ...writtenByTheBuild('Needs AllowOverride All and mod_headers, mod_deflate, mod_rewrite, mod_mime, mod_dir.'),
    '',
    'Options -Indexes -MultiViews',
    '# No server version on its own error pages (the Server header is ServerTokens, in the main configuration).',
    'ServerSignature Off',
    'DirectoryIndex index.html',
    `ErrorDocument 404 ${rules.notFound}`,
    'RewriteEngine On',
    '# Only reading: any other method gets 405, as from nginx.',
    'RewriteCond %{REQUEST_METHOD} !^(GET|HEAD)$',
    'RewriteRule ^ - [R=405,L]',
    "# Files only servers read, dotfiles and the server configuration are nobody else's;",
    '# a folder without a page is missing too.',
    'RewriteRule (^|/)(\\.(?!well-known/)|_headers$|server-config(/|$)) - [R=404,L]',
    'RewriteCond %{REQUEST_FILENAME} -d',
    'RewriteCond %{REQUEST_FILENAME}/index.html !-f',
    'RewriteRule ^ - [R=404,L]',
    '# A folder without its slash (/ko to /ko/): to the host and scheme the client used. The',
    "# base itself without its slash is the parent folder's to redirect (mod_rewrite skips it here).",
    `<If "%{REQUEST_URI} =~ m#^${regexpEscape(rules.base)}#">`,
    '\tDirectorySlash Off',
    '</If>',
    ...['https', 'http'].flatMap((scheme) => [
      'RewriteCond %{REQUEST_URI} [^/]$',
      'RewriteCond %{REQUEST_FILENAME} -d',
      ...(scheme === 'https' ? ['RewriteCond %{HTTPS}:%{HTTP:X-Forwarded-Proto} ^on:|^[^:]*:https\\s*(,|$)'] : []),
      `RewriteRule ^ ${scheme}://%{HTTP_HOST}%{REQUEST_URI}/ [R=301,L]`,
    ]),
    '',
    ...FILE_TYPES.map((t) => `AddType ${t.type} .${t.ext}`),
    `AddCharset utf-8 ${FILE_TYPES.filter((t) => t.text)
      .map((t) => `.${t.ext}`)
      .join(' ')}`,
    `AddOutputFilterByType DEFLATE ${compressedTypes().join(' ')}`,
    '',
    ...SITE_WIDE_HEADERS.map(([name, value]) => setHeader(name, value)),
    '# Over HTTPS only: a proxy that ends TLS in front of Apache sends it itself.',
    `${setHeader(...HSTS)} "expr=%{HTTPS} == 'on'"`,
    '# A revisit of a compressed file: its ETag as the file has it, so that Apache can answer 304.',
    "RequestHeader edit* If-None-Match '-gzip\"' '\"'",
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
