// The e-book's one stylesheet: little, since a reading system sets the font, size, margins and
// colours its reader chose; no font is embedded (the reader's system has Korean fonts).
export const STYLESHEET = `/* the reading system's font, size and colours; only structure here */
:lang(ko) { word-break: keep-all; overflow-wrap: anywhere; }
h1 { font-size: 1.5em; line-height: 1.3; margin: 0 0 0.6em; }
h2 { font-size: 1.2em; line-height: 1.35; margin: 1.8em 0 0.6em; }
h1 .t, h2 .t, h3 .t { display: block; font-size: 0.75em; font-weight: normal; margin-top: 0.3em; }
h3 { font-size: 1em; margin: 1.4em 0 0.4em; }
p { margin: 0 0 0.9em; text-indent: 0; }
.dek { font-style: italic; }
.byline, .credit, .notice, .editor-note, .note { font-size: 0.9em; }
.credit { margin-top: 2em; }
a[role="doc-noteref"] { color: inherit; text-decoration: underline dotted; }
.notes { font-size: 0.85em; border-top: 1px solid currentColor; margin-top: 2.5em; padding-top: 0.2em; }
.notes h2 { font-size: 1.2em; margin-top: 0.6em; }
aside p { margin: 0 0 0.5em; }
.pair { margin: 0 0 1.6em; }
.pair p { margin: 0 0 0.35em; }
.pair p.t { margin-bottom: 0.9em; padding-left: 0.8em; border-left: 2px solid #888; }
.date, .value { font-weight: bold; margin-bottom: 0.2em; }
.events, .figures { padding-left: 0; list-style: none; }
.events li, .figures li { margin-bottom: 1.2em; }
.events p, .figures p { margin-bottom: 0.2em; }
dt { font-weight: bold; margin-top: 1em; }
.vocabulary dt { margin-top: 0.5em; }
.roman { font-weight: normal; font-style: italic; }
dd { margin: 0.2em 0 0; }
dd p { margin-bottom: 0.4em; }
/* Each entry of the contents a target of 24 px or more whatever the font (WCAG 2.5.8) */
nav li { margin: 0.2em 0; }
nav a { display: block; min-height: 24px; min-width: 24px; padding: 0.1em 0; }
.cover { text-align: center; margin: 0; }
.cover img { max-width: 100%; max-height: 100vh; }
`;
