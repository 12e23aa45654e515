// _headers, as Netlify and Cloudflare Pages read it from the publish root: the site-wide headers,
// a year's caching for the hashed assets, then each page's own policy. Its paths are addresses on
// the host, base path included, so under a sub-path the file belongs at the publish root.
import { IMMUTABLE, SITE_WIDE_HEADERS, type ServingRules } from './rules.ts';

export function headersFile(rules: ServingRules): string {
  const lines = [`${rules.base}*`, ...SITE_WIDE_HEADERS.map(([name, value]) => `  ${name}: ${value}`)];
  lines.push('', `${rules.immutable}*`, `  Cache-Control: ${IMMUTABLE}`);
  for (const page of rules.pages) lines.push('', page.path, `  Content-Security-Policy: ${page.policy}`);
  return `${lines.join('\n')}\n`;
}
