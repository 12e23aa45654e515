// _headers, as Netlify and Cloudflare Pages read it from the publish root: the site-wide headers
// and Strict-Transport-Security (those hosts serve HTTPS alone, and send it only there), a year's
// caching for the hashed assets, then each page's own policy. Its paths are addresses on
// the host, base path included, so under a sub-path the file belongs at the publish root.
import { HSTS, IMMUTABLE, SITE_WIDE_HEADERS, type ServingRules } from './rules.ts';

export function headersFile(rules: ServingRules): string {
  const lines = [`${rules.base}*`, ...[...SITE_WIDE_HEADERS, HSTS].map(([name, value]) => `  ${name}: ${value}`)];
  lines.push('', `${rules.immutable}*`, `  Cache-Control: ${IMMUTABLE}`);
  for (const page of rules.pages) lines.push('', page.path, `  Content-Security-Policy: ${page.policy}`);
  return `${lines.join('\n')}\n`;
}
