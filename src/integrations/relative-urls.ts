// Makes every internal address of the built pages relative to the page, as Hugo's relativeURLs
// does, so that one build serves at any path (/, /explainer/, /a/b/c/, a renamed folder) and from
// disk, with no rebuild. Astro writes them from the base path: on /ko/, `/ko/parallel/#p1` becomes
// `parallel/#p1`, `/en/` `../en/`, `/_astro/main.js` `../_astro/main.js`, `/ko/#p1` `#p1`. Links,
// scripts, styles, images and the site's own paths in data-* attributes (the data file "show
// original" fetches) are rewritten; what must be absolute already names SITE_URL's host (canonical
// and hreflang links, og:image, structured data). The 404 page keeps its paths: a host serves it
// at whatever address was missing, at any depth, where only a path from the root leads back in.
// Inline scripts and styles are left as they are: their hashes are in the page's CSP. The pass over
// the built pages (built-site.ts) applies it to each page but those of ABSOLUTE_PAGES.

/** Pages that keep paths from the root, as hosts serve them at any address. */
export const ABSOLUTE_PAGES = ['404.html'];

const URL_ATTRIBUTE = /(\s(?:href|src|srcset|poster|action|data-[\w-]+)=)"([^"]*)"/gi;
// Tags, skipping what is inside scripts, styles and comments (their opening tags are still tags).
const TAG = /(<(script|style)\b[^>]*>)([\s\S]*?<\/\2\s*>)|<!--[\s\S]*?-->|<[a-z][^>]*>/gi;

/**
 * A path under the base, as seen from a page's folder (both relative to the base: 'ko/',
 * 'ko/parallel/#p1'): 'parallel/#p1'. A link to the page itself with a fragment is the fragment.
 */
export function relativePath(fromFolder: string, target: string): string {
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(target)!;
  const from = fromFolder.split('/').filter(Boolean);
  const to = path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const relativePath = '../'.repeat(from.length - common) + to.slice(common).join('/');
  if (!relativePath && rest.startsWith('#')) return rest;
  // './' for the folder itself, and before a first segment that would read as a scheme (a:b).
  return (!relativePath || /^[^/]*:/.test(relativePath) ? './' : '') + relativePath + rest;
}

/** A page's HTML with every attribute value that is a path under `base` made relative to `folder`. */
export function withRelativeUrls(html: string, base: string, folder: string): string {
  const relativize = (url: string) =>
    url.startsWith(base) && !url.startsWith('//') ? relativePath(folder, url.slice(base.length)) : url;
  const rewriteTag = (tag: string) =>
    tag.replace(URL_ATTRIBUTE, (_, name: string, value: string) => {
      const rewritten = /^\ssrcset=/i.test(name)
        ? value.replace(
            /(^|,)(\s*)(\S+)/g,
            (_m, comma: string, space: string, url: string) => comma + space + relativize(url),
          )
        : relativize(value);
      return `${name}"${rewritten}"`;
    });
  return html.replace(TAG, (tag, open?: string, _name?: string, rest?: string) =>
    open ? rewriteTag(open) + rest : tag.startsWith('<!--') ? tag : rewriteTag(tag),
  );
}
