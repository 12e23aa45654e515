// The oldest engines the site supports: Safari 16.4 (iOS 16.4), Firefox ESR 140, Chromium 111.
// Lightning CSS (the styles, astro.config.mjs) and Rolldown (the scripts, client-scripts.ts) are
// both told, each in its own terms.
const oldest = { safari: [16, 4], ios_saf: [16, 4], firefox: [140, 0], chrome: [111, 0] } as const;
const jsNames: Record<keyof typeof oldest, string> = {
  safari: 'safari',
  ios_saf: 'ios',
  firefox: 'firefox',
  chrome: 'chrome',
};

export const browserTargets = {
  lightningcss: Object.fromEntries(
    Object.entries(oldest).map(([engine, [major, minor]]) => [engine, (major << 16) | (minor << 8)]),
  ),
  js: Object.entries(oldest).map(
    ([engine, [major, minor]]) => `${jsNames[engine as keyof typeof oldest]}${major}${minor ? `.${minor}` : ''}`,
  ),
};
