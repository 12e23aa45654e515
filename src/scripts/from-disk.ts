// Loaded by main.ts on a page opened from disk (file://), where a link to a folder (../en/) would
// open a listing of its files, not the page: every link to a folder of the site goes to the
// folder's index.html.
for (const link of document.links)
  if (link.protocol === 'file:' && link.pathname.endsWith('/')) link.pathname += 'index.html';
