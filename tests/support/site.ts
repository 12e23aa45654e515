// What the built site says about itself, read from the build output when the tests are collected:
// the pages its sitemap lists (so a new page is tested without editing a test) and the address
// it was built for (SITE_URL). Two builds are tested: dist/ at the root of a host, and the same
// site built with BASE_PATH=/explainer/ (npm run build:subpath), served from a folder above it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unlistedPages } from '../../src/i18n/pages.ts';

// Ports of the tests' own, not Astro's 4321: a running `npm run dev` or `npm run preview` is never
// tested in place of the build. TEST_PORT moves both, for two checkouts tested side by side.
export const ROOT_PORT = Number(process.env.TEST_PORT ?? 4381);
export const SUBPATH_PORT = ROOT_PORT + 1;
export const ROOT_ORIGIN = `http://127.0.0.1:${ROOT_PORT}`;
export const SUBPATH_ORIGIN = `http://127.0.0.1:${SUBPATH_PORT}`;

/** The sub-path build: served from SUBPATH_SERVE_DIR, the site itself under SUBPATH_BASE. */
export const SUBPATH_BASE = '/explainer/';
export const SUBPATH_SERVE_DIR = 'reports/subpath';
export const SUBPATH_DIST = join(SUBPATH_SERVE_DIR, SUBPATH_BASE.replace(/^\/|\/$/g, ''));

export interface Build {
  /** The folder the build was written to. */
  dir: string;
  /** Where the test server serves it. */
  origin: string;
  /** The base path it was built with ('/' or '/explainer/'). */
  base: string;
}

export const ROOT_BUILD: Build = { dir: 'dist', origin: ROOT_ORIGIN, base: '/' };
export const SUBPATH_BUILD: Build = { dir: SUBPATH_DIST, origin: SUBPATH_ORIGIN, base: SUBPATH_BASE };

function readSitemap(build: Build): string {
  const file = join(build.dir, 'sitemap.xml');
  if (!existsSync(file)) {
    const how = 'npm run build:test';
    throw new Error(`${file} is missing: build the site first (${how}), or run everything with npm test`);
  }
  return readFileSync(file, 'utf8');
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The absolute URLs of the sitemap's <loc> entries. */
export function sitemapUrls(build: Build = ROOT_BUILD): URL[] {
  return [...readSitemap(build).matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => new URL(unescapeXml(m[1]!)));
}

/** The path of every page in the sitemap (the test server serves them by path), e.g. '/ko/glossary/'. */
export function sitemapPaths(build: Build = ROOT_BUILD): string[] {
  return sitemapUrls(build).map((u) => u.pathname);
}

/** The site's own address (SITE_URL at build time), as its canonical and social links carry it. */
export function siteOrigin(build: Build = ROOT_BUILD): string {
  const first = sitemapUrls(build)[0];
  if (!first) throw new Error(`${build.dir}/sitemap.xml lists no page`);
  return first.origin;
}

/** Every HTML file of a build, relative to its folder ('ko/index.html', '404.html'), sorted. */
export function builtHtmlFiles(build: Build = ROOT_BUILD): string[] {
  return readdirSync(build.dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** The path a host serves a built file at: 'ko/index.html' is '/ko/' under the build's base. */
export function servedPath(build: Build, file: string): string {
  return build.base + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Every page the tests visit: the sitemap's, and those no sitemap lists on purpose (the 404 page). */
export function allPagePaths(build: Build = ROOT_BUILD): string[] {
  return [...sitemapPaths(build), ...Object.keys(unlistedPages).map((file) => build.base + file)];
}
