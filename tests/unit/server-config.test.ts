// The server configurations the build writes from one list: _headers, nginx.conf, the Caddyfile and
// .htaccess each give every page its own policy, under the base path the site was built for, and
// the same security headers, types, caching and 404 page. (tests/built/servers.test.ts runs them on the servers.)
import { expect, test } from 'vitest';
import { htaccess } from '../../src/node/serving/apache.ts';
import { caddyfile } from '../../src/node/serving/caddy.ts';
import { headersFile } from '../../src/node/serving/headers-file.ts';
import { nginxConf } from '../../src/node/serving/nginx.ts';
import {
  contentType,
  FILE_TYPES,
  fileTypeOf,
  headerPolicy,
  HSTS,
  SITE_WIDE_HEADERS,
  servingRules,
} from '../../src/node/serving/rules.ts';

const meta = (name: string) => `default-src 'none'; script-src 'sha256-${name}';`;
const rules = servingRules('/explainer/', [
  { file: '404.html', path: '/explainer/404.html', metaPolicy: meta('notfound') },
  { file: 'index.html', path: '/explainer/', metaPolicy: meta('home') },
  { file: 'ko/index.html', path: '/explainer/ko/', metaPolicy: meta('ko') },
]);
const policy = (name: string) => `${meta(name)} frame-ancestors 'none';`;

test("a page's header policy is its meta policy plus frame-ancestors, as one valid list", () => {
  expect(headerPolicy("default-src 'none';\n  img-src 'self';")).toBe(
    "default-src 'none'; img-src 'self'; frame-ancestors 'none';",
  );
  // Without a closing semicolon, frame-ancestors would become a source of the last directive.
  expect(headerPolicy("script-src 'sha256-x'")).toBe("script-src 'sha256-x'; frame-ancestors 'none';");
});

test('a page without a policy, or one no configuration can carry, is an error naming the file', () => {
  expect(() => servingRules('/', [{ file: 'en/index.html', path: '/en/', metaPolicy: undefined }])).toThrow(
    /en\/index\.html has no Content-Security-Policy/,
  );
  expect(() =>
    servingRules('/', [{ file: 'en/index.html', path: '/en/', metaPolicy: `default-src 'none'; report-uri "$x"` }]),
  ).toThrow(/en\/index\.html: .*"\\""/);
});

test('every kind of file has one type, and text is sent as UTF-8', () => {
  expect(new Set(FILE_TYPES.map((t) => t.ext)).size).toBe(FILE_TYPES.length);
  expect(contentType(fileTypeOf('data/glossary.json')!)).toBe('application/json; charset=utf-8');
  expect(contentType(fileTypeOf('favicon.svg')!)).toBe('image/svg+xml; charset=utf-8');
  expect(contentType(fileTypeOf('og/ko.png')!)).toBe('image/png');
  for (const ext of ['tmx', 'tsv', 'csv', 'epub', 'xml', 'txt']) expect(fileTypeOf(`a.${ext}`), ext).toBeDefined();
  expect(fileTypeOf('notes.docx')).toBeUndefined();
});

test('_headers: the site-wide headers and the hashed assets under the base, then each page', () => {
  const file = headersFile(rules);
  expect(file).toMatch(/^\/explainer\/\*\n {2}X-Content-Type-Options: nosniff\n/);
  expect(file).toContain('\n/explainer/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  expect(file).toContain(`\n/explainer/ko/\n  Content-Security-Policy: ${policy('ko')}\n`);
  expect(file).toContain(`\n/explainer/404.html\n  Content-Security-Policy: ${policy('notfound')}\n`);
  expect(file).toContain(`\n  ${hsts}\n`);
  expect(file).not.toMatch(/preload/);
});

const rootRules = servingRules('/', [
  { file: '404.html', path: '/404.html', metaPolicy: meta('notfound') },
  { file: 'ko/index.html', path: '/ko/', metaPolicy: meta('ko') },
]);
const hsts = `${HSTS[0]}: ${HSTS[1]}`;

test("nginx: each page's policy on its file, every header repeated in every location, no port in redirects", () => {
  const conf = nginxConf(rules);
  // A location for /explainer/ko/ would be left by the internal redirect to index.html.
  expect(conf).not.toMatch(/location = \/explainer\/ko\/ /);
  const siteWide = [...SITE_WIDE_HEADERS, [HSTS[0], '$explainer_hsts']]
    .map(([n, v]) => `        add_header ${n} "${v}" always;\n`)
    .join('');
  expect(conf).toContain(
    `    location = /explainer/ko/index.html {\n${siteWide}` +
      `        add_header Content-Security-Policy "${policy('ko')}" always;\n        add_header Cache-Control "no-cache" always;\n    }`,
  );
  const locations = conf.match(/^ *location /gm)!.length;
  // Every location but the hidden files' and the base's redirect, which only answer, has them all;
  // so has the outer location, for what no inner one takes.
  for (const [name] of [...SITE_WIDE_HEADERS, HSTS]) {
    expect(conf.split(`add_header ${name} `).length - 1, name).toBe(locations - 2);
  }
  expect(conf).toContain('absolute_redirect off;');
  expect(conf).toContain('server_tokens off;');
  expect(conf).toContain('error_page 403 404 =404 /explainer/404.html;');
  expect(conf).toContain('location ^~ /explainer/_astro/ {');
  expect(conf).toMatch(/^ {8}application\/json json;$/m);
  expect(conf).toMatch(/^ *charset_types .*\bapplication\/json\b/m);
  expect(conf).toMatch(/^ *gzip_types .*\bimage\/svg\+xml\b/m);
  // nginx always includes text/html and rejects it named again.
  expect(conf).not.toMatch(/^ *(gzip|charset)_types .*text\/html/m);
  // Strict-Transport-Security: empty, so not sent, unless the request came over HTTPS.
  expect(conf).toContain(`set $explainer_hsts "";\nif ($https) {\n    set $explainer_hsts "${HSTS[1]}";\n}`);
});

test('nginx: under a sub-path the include claims the sub-path alone; at the root, the whole host', () => {
  const conf = nginxConf(rules);
  // At the server block's level: the HSTS variable, the base's redirect and the base's location.
  const topLevel = conf.split('\n').filter((line) => /^[a-z]/.test(line));
  expect(topLevel).toEqual([
    'set $explainer_hsts "";',
    'if ($https) {',
    'location = /explainer {',
    'location ^~ /explainer/ {',
  ]);
  expect(conf).toContain(
    'location = /explainer {\n    absolute_redirect off;\n    server_tokens off;\n    return 301 /explainer/;\n}',
  );
  const root = nginxConf(rootRules);
  expect(root).toMatch(/^location \/ \{$/m);
  expect(root).toMatch(/^types \{$/m);
  expect(root).toMatch(/^error_page 403 404 =404 \/404\.html;$/m);
});

test("Caddy: each page's policy by its address and its file, the 404 page's in the error route", () => {
  const file = caddyfile(rules);
  expect(file).toContain(
    `path /explainer/ko/ /explainer/ko/index.html\n\theader @page2 Content-Security-Policy "${policy('ko')}"`,
  );
  expect(file).toContain(
    '@immutable path /explainer/_astro/*\n\theader @immutable Cache-Control "public, max-age=31536000, immutable"',
  );
  expect(file).toContain('header @type_json Content-Type "application/json; charset=utf-8"');
  const errors = file.slice(file.indexOf('handle_errors {'));
  expect(errors).toContain('rewrite * /explainer/404.html');
  expect(errors).toContain(`Content-Security-Policy "${policy('notfound')}"`);
  for (const [name, value] of SITE_WIDE_HEADERS) expect(errors, name).toContain(`${name} "${value}"`);
  expect(file).toContain('@https protocol https\n\theader @https Strict-Transport-Security "max-age=31536000"');
  expect(file).toContain('@other_method not method GET HEAD\n\terror @other_method 405');
  expect(file).toContain('error @unnameable 404');
});

test('Caddy: under a sub-path every route sits under the base, and its errors are its own', () => {
  const file = caddyfile(rules);
  const topLevel = file.split('\n').filter((line) => /^[a-z@]/.test(line));
  expect(topLevel).toEqual(['redir /explainer /explainer/ 308', 'handle /explainer/* {', 'handle_errors {']);
  const errors = file.slice(file.indexOf('handle_errors {'));
  expect(errors).toContain('@not_found {\n\t\tpath /explainer/*\n\t\texpression {err.status_code} == 404\n\t}');
  expect(errors).toContain('@error path /explainer/*\n\thandle @error {');
  const root = caddyfile(rootRules);
  expect(root).toMatch(/^file_server$/m);
  expect(root).not.toContain('handle /');
});

test("Apache: each page's policy by its address with or without index.html, the 404 page under the base", () => {
  const file = htaccess(rules);
  expect(file).toContain(
    `<If "%{REQUEST_URI} =~ m#^/explainer/ko/(index\\.html)?$#">\n\tHeader always set Content-Security-Policy "${policy('ko')}"\n</If>`,
  );
  expect(file).toContain(`<If "%{REQUEST_URI} =~ m#^/explainer/404\\.html$#">`);
  expect(file).toContain('ErrorDocument 404 /explainer/404.html');
  expect(file).toContain('AddType application/json .json');
  expect(file).toMatch(/^AddCharset utf-8 .*\.json\b/m);
  expect(file).toMatch(/^AddOutputFilterByType DEFLATE .*\bapplication\/json\b/m);
  for (const [name, value] of SITE_WIDE_HEADERS) expect(file, name).toContain(`Header always set ${name} "${value}"`);
  expect(file).toContain(`Header always set ${HSTS[0]} "${HSTS[1]}" "expr=%{HTTPS} == 'on'"`);
  expect(file).toContain('ServerSignature Off');
  // A folder's redirect names the client's Host and scheme, not Apache's own port.
  expect(file).toContain('<If "%{REQUEST_URI} =~ m#^/explainer/#">\n\tDirectorySlash Off\n</If>');
  expect(file).toContain('RewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI}/ [R=301,L]');
  expect(file).toContain('RewriteRule ^ http://%{HTTP_HOST}%{REQUEST_URI}/ [R=301,L]');
  // A revisit's If-None-Match names the file's own ETag, not mod_deflate's "-gzip" one.
  expect(file).toContain(`RequestHeader edit* If-None-Match '-gzip"' '"'`);
  expect(file).toContain('RewriteCond %{REQUEST_METHOD} !^(GET|HEAD)$\nRewriteRule ^ - [R=405,L]');
});
