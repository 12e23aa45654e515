// Hashes for the few inline scripts and styles the pages write themselves, so the page's
// Content-Security-Policy can allow exactly those and nothing else.
import { createHash } from 'node:crypto';

export function sha256Source(content: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(content).digest('base64')}`;
}
