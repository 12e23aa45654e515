// What every server must send for this site, as one list: each page's Content-Security-Policy (the
// policy of its meta tag plus what a meta tag cannot carry), the security headers, the types of the
// files the site has, what is compressed, what is cached for how long, the 404 page and what is
// never served. _headers, nginx.conf, the Caddyfile and .htaccess are each written from it.

/** Sent with every response, whatever the page. */
export const SITE_WIDE_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];

/**
 * Sent over HTTPS only (over plain HTTP a browser ignores it, and a host reached by plain HTTP alone
 * must not promise HTTPS): a year, more than the six months Mozilla's HTTP Observatory asks for. No
 * includeSubDomains and no preload, which would bind the owner's other hosts and cannot be undone
 * quickly: an owner who wants them adds them.
 */
export const HSTS = ['Strict-Transport-Security', 'max-age=31536000'] as const;

/** Hashed build assets never change under their name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages (and every other file) may be cached but are revalidated before each use. */
export const REVALIDATE = 'no-cache';

export interface FileType {
  ext: string;
  type: string;
  /** Text, sent with charset=utf-8 and compressed. */
  text: boolean;
}

const text = (ext: string, type: string): FileType => ({ ext, type, text: true });
const binary = (ext: string, type: string): FileType => ({ ext, type, text: false });

/** Every kind of file the site publishes; the build refuses a file of any other kind. */
export const FILE_TYPES: readonly FileType[] = [
  text('html', 'text/html'),
  text('css', 'text/css'),
  text('js', 'text/javascript'),
  text('mjs', 'text/javascript'),
  text('json', 'application/json'),
  text('webmanifest', 'application/manifest+json'),
  text('svg', 'image/svg+xml'),
  text('xml', 'application/xml'),
  text('txt', 'text/plain'),
  text('md', 'text/markdown'),
  text('tmx', 'application/x-tmx+xml'),
  text('tsv', 'text/tab-separated-values'),
  text('csv', 'text/csv'),
  text('bib', 'application/x-bibtex'),
  binary('epub', 'application/epub+zip'),
  binary('png', 'image/png'),
  binary('jpg', 'image/jpeg'),
  binary('webp', 'image/webp'),
  binary('avif', 'image/avif'),
  binary('ico', 'image/x-icon'),
  binary('woff2', 'font/woff2'),
  binary('pdf', 'application/pdf'),
];

/** The Content-Type a server sends for a file type. */
export const contentType = (t: FileType) => (t.text ? `${t.type}; charset=utf-8` : t.type);

/** Text files shorter than this (bytes) are sent as they are: compressing them gains nothing. */
export const COMPRESS_FROM = 200;

/** The types compressed on the way out (each once, in list order). */
export const compressedTypes = () => [...new Set(FILE_TYPES.filter((t) => t.text).map((t) => t.type))];

/** Written beside the published folder, never inside it: server configurations. */
export const SERVER_CONFIG_DIR = 'server-config';
/** Files in the published folder that only servers read, never to be served. */
export const SERVER_FILES = ['_headers', '.htaccess'] as const;

export interface PageRule {
  /** The built file, relative to the published folder: 'ko/index.html'. */
  file: string;
  /** The address it is served at, under the base: '/ko/'. */
  path: string;
  /** The policy to send as a header: the meta tag's plus frame-ancestors 'none'. */
  policy: string;
}

export interface ServingRules {
  /** The base path the site was built for, with a trailing slash: '/' or '/explainer/'. */
  base: string;
  pages: PageRule[];
  /** The 404 page's address: '/404.html'. */
  notFound: string;
  /** The folder of hashed build assets: '/_astro/'. */
  immutable: string;
}

/**
 * A server file's first lines: that the build writes it, and where it goes. A file included in a
 * site's block says what the block needs of its own at the host's root, and which path it claims
 * under a sub-path.
 */
export function writtenByTheBuild(where: string, rules?: ServingRules, atRootNeeds?: string): string[] {
  const claims =
    rules &&
    (rules.base === '/'
      ? [`# (${atRootNeeds}).`]
      : [`# (the folder that holds the build as ${rules.base}); it claims ${rules.base} alone.`]);
  return [
    '# Written by the build from the same list as _headers; rebuild rather than edit.',
    `# ${where}`,
    ...(claims ?? []),
  ];
}

/** The header form of a page's meta policy: frame-ancestors works only in a header. */
export function headerPolicy(metaPolicy: string): string {
  const policy = metaPolicy.replace(/\s+/g, ' ').trim().replace(/;?$/, ';');
  return `${policy} frame-ancestors 'none';`;
}

/** The file type of a published file, or undefined for a kind the list does not name. */
export function fileTypeOf(file: string): FileType | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return FILE_TYPES.find((t) => t.ext === ext);
}

// Quotes, backslashes, $, % and braces mean something in one server's configuration or another.
const UNSAFE = /["\\$%{}\n\r]/;

/**
 * The rules for a site built at `base`, from its pages (file, address and meta policy each). A page
 * without a policy is an error, not a page served unprotected.
 */
export function servingRules(
  base: string,
  pages: { file: string; path: string; metaPolicy: string | undefined }[],
): ServingRules {
  return {
    base,
    pages: pages.map(({ file, path, metaPolicy }) => {
      if (!metaPolicy) throw new Error(`${file} has no Content-Security-Policy meta tag, so no server can send it one`);
      const policy = headerPolicy(metaPolicy);
      const unsafe = UNSAFE.exec(policy) ?? UNSAFE.exec(path);
      if (unsafe)
        throw new Error(
          `${file}: its policy or address holds ${JSON.stringify(unsafe[0])}, which no server configuration can carry as written`,
        );
      return { file, path, policy };
    }),
    notFound: `${base}404.html`,
    immutable: `${base}_astro/`,
  };
}
