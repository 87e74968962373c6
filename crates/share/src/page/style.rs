//! The published page's style sheet, inline (the page loads nothing). Its
//! colours are the app's, copied from style/main.css (`:root` and
//! `:root[data-theme="dark"]`: --bg, --surface, --surface-2, --text,
//! --muted, --border, --accent, --focus; the status badges of `.status-*`)
//! and style/org.css (the glossary marks), as svg/theme.rs copies them for
//! the pictures. The fonts are the system's. Light unless the page is dark
//! or follows a reader whose system is dark; print is always light, without
//! the navigation, each view on a page of its own. It holds no `url()`.

pub(super) const STYLE: &str = r#"
:root {
  color-scheme: light;
  --bg: #f7f7f5; --surface: #ffffff; --surface-2: #f0f0ed; --text: #1d1f24; --muted: #62666f;
  --border: #dcdcd6; --accent: #4f46e5; --focus: #2563eb; --mark: #fff7d6;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 16px; line-height: 1.55;
}
:root.auto .on-dark { display: none; }
:root.dark {
  color-scheme: dark;
  --bg: #16181d; --surface: #1e2127; --surface-2: #262a31; --text: #e7e9ee; --muted: #a0a6b1;
  --border: #343943; --accent: #818cf8; --focus: #93c5fd; --mark: #3a3320;
}
@media (prefers-color-scheme: dark) {
  :root.auto {
    color-scheme: dark;
    --bg: #16181d; --surface: #1e2127; --surface-2: #262a31; --text: #e7e9ee; --muted: #a0a6b1;
    --border: #343943; --accent: #818cf8; --focus: #93c5fd; --mark: #3a3320;
  }
  :root.auto .on-light { display: none; }
  :root.auto .on-dark { display: block; }
}
[hidden] { display: none !important; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); }
a { color: var(--accent); text-underline-offset: 2px; }
a:focus-visible, [tabindex]:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 1.4em 0 0.4em; }
h1 { font-size: 2rem; margin-top: 0; }
h2 { font-size: 1.55rem; padding-top: 0.6em; border-top: 1px solid var(--border); }
main > section:first-child > h2 { border-top: 0; padding-top: 0; }
h3 { font-size: 1.2rem; }
h4 { font-size: 1rem; }
h5 { font-size: 0.95rem; margin-top: 0.8em; }
p, ul, ol, dl { margin: 0.4em 0; }
.masthead, main, .colophon { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
.masthead { padding-top: 2rem; }
.intro { color: var(--muted); }
.intro, .lede, .description, .markdown, .record > p, .entries p { max-width: 46rem; }
.lede { font-size: 1.1rem; }
.muted, .kicker, .meta { color: var(--muted); }
.kicker { font-size: 0.9rem; margin-top: 0; }
nav.sections { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem;
  align-items: center; justify-content: space-between; margin: 1rem -1.25rem 0; padding: 0.6rem 1.25rem;
  background: var(--bg); border-bottom: 1px solid var(--border); }
nav.sections ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; margin: 0; padding: 0; }
nav.sections a { font-weight: 600; text-decoration: none; }
.search { display: flex; gap: 0.5rem; align-items: center; }
.search input { font: inherit; padding: 0.3rem 0.6rem; min-width: 16rem; color: var(--text);
  background: var(--surface); border: 1px solid var(--border); border-radius: 6px; }
.search output { color: var(--muted); font-size: 0.9rem; min-width: 6rem; }
.view-index ul, .team-index, .links, .relationships, .comments { padding-left: 1.2rem; }
.view-index li { margin: 0.3rem 0; }
.view-index li p { margin: 0; font-size: 0.92rem; }
.view { margin-top: 2.5rem; }
.picture { margin: 1rem 0; padding: 0; overflow-x: auto; border: 1px solid var(--border); border-radius: 8px;
  background: var(--surface); }
.picture svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.js .picture [data-element-id], .js .picture [data-relationship-id] { cursor: pointer; }
.js .picture [data-element-id]:focus-visible { outline: 2px solid var(--focus); }
.entries { list-style: none; padding: 0; display: grid; gap: 0.5rem;
  grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); }
.entry { padding: 0.55rem 0.8rem; border: 1px solid var(--border); border-radius: 8px; background: var(--surface); }
.entry p { margin: 0.15rem 0; }
.entry-head .name { font-weight: 600; }
.kind, .tech { margin-left: 0.5rem; font-size: 0.85rem; color: var(--muted); }
.tech::before { content: "["; } .tech::after { content: "]"; }
details.relationships { margin: 0.8rem 0; }
details.relationships summary { cursor: pointer; font-weight: 600; }
details.relationships .entries { margin-top: 0.5rem; }
.back { font-size: 0.9rem; }
.record { margin: 1.2rem 0; padding: 0.8rem 1rem; border: 1px solid var(--border); border-radius: 8px;
  background: var(--surface); }
.record > h3, .record > h4 { margin-top: 0; }
:target, .entry:focus { outline: 2px solid var(--accent); outline-offset: 2px; background: var(--mark); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.reference { color: var(--muted); font-variant-numeric: tabular-nums; }
.status { display: inline-block; padding: 0 0.5rem; border-radius: 999px; font-size: 0.8rem; font-weight: 600;
  white-space: nowrap; }
.status.status-proposed { background: #fef3c7; color: #7c4a03; }
.status.status-accepted { background: #d1fae5; color: #065f46; }
.status.status-rejected { background: #fee2e2; color: #991b1b; }
.status.status-deprecated { background: #e5e7eb; color: #374151; }
.status.status-superseded { background: #e0e7ff; color: #3730a3; }
.record.status-superseded, .record.status-deprecated, .record.status.status-rejected { opacity: 0.85; }
table.log { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
table.log th, table.log td { text-align: left; padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--border);
  vertical-align: top; }
.option { padding-left: 0.8rem; border-left: 3px solid var(--border); margin: 0.6rem 0; }
ul.pros li::marker { content: "+ "; color: #059669; }
ul.cons li::marker { content: "\2212  "; color: #dc2626; }
.markdown pre, .markdown code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
.markdown pre { overflow-x: auto; padding: 0.6rem; background: var(--surface-2); border-radius: 6px; }
.markdown table { border-collapse: collapse; }
.markdown th, .markdown td { border: 1px solid var(--border); padding: 0.2rem 0.5rem; }
.markdown blockquote { margin: 0.5rem 0; padding-left: 0.8rem; border-left: 3px solid var(--border); color: var(--muted); }
.glossary-word { text-decoration: underline dotted var(--accent); text-underline-offset: 3px; cursor: help; }
.glossary-avoid { text-decoration: underline wavy #d97706; text-underline-offset: 3px; cursor: help; }
dl.glossary .term { margin: 0.8rem 0; max-width: 46rem; }
dl.glossary dt { font-weight: 600; }
dl.glossary dd { margin: 0.1rem 0 0 1.2rem; }
.avoid { color: var(--muted); font-size: 0.92rem; }
.statement { font-size: 1.05rem; }
.colophon { margin-top: 3rem; padding-bottom: 2rem; color: var(--muted); font-size: 0.9rem;
  border-top: 1px solid var(--border); }
@media (max-width: 40rem) {
  :root { font-size: 15px; }
  .search input { min-width: 0; width: 100%; }
  .facts { grid-template-columns: 1fr; }
}
@media print {
  :root, :root.dark, :root.auto {
    color-scheme: light;
    --bg: #ffffff; --surface: #ffffff; --surface-2: #f0f0ed; --text: #000000; --muted: #444444;
    --border: #cccccc; --accent: #1d1f24; --mark: transparent;
  }
  :root.auto .on-light { display: block !important; }
  :root.auto .on-dark { display: none !important; }
  nav.sections, .back { display: none !important; }
  .view { break-before: page; }
  .picture { border: 0; overflow: visible; break-inside: avoid; }
  .record, .entry, .term { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;
