// Every page of both builds is in its sitemap or left out of it on purpose (/404.html,
// src/i18n/pages.ts): the quality gates (tests/e2e/quality.spec.ts) visit exactly those pages, so a
// page in neither would go unchecked. Files only, no browser.
import { test, expect } from 'vitest';
import { allPagePaths, builtHtmlFiles, ROOT_BUILD, servedPath, SUBPATH_BUILD } from '../support/site.ts';
import { unlistedPages } from '../../src/i18n/pages.ts';

for (const build of [ROOT_BUILD, SUBPATH_BUILD]) {
  test(`every page built into ${build.dir}/ is in its sitemap, or unlisted on purpose`, () => {
    const files = builtHtmlFiles(build);
    expect(files.length, `.html files in ${build.dir}/`).toBeGreaterThan(5);
    const tested = new Set(allPagePaths(build));
    const untested = files.filter((file) => !tested.has(servedPath(build, file)));
    expect(untested, 'built pages neither in sitemap.xml nor in unlistedPages (src/i18n/pages.ts)').toEqual([]);
    // An unlisted page must exist, so that an entry left behind when a page goes is noticed.
    for (const file of Object.keys(unlistedPages)) expect(files, `unlisted page ${file}`).toContain(file);
  });
}
