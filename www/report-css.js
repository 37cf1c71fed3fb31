// The style of the review report saved as a standalone HTML file (export.js): it is not
// the page, so it carries its own rules; the page prints the same report with styles.css.
export const REPORT_CSS = `
body { font: 14px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; color: #111; margin: 24px; }
h1 { font-size: 22px; text-align: center; }
h2 { font-size: 17px; margin-top: 28px; }
.report-meta { color: #444; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eee; }
tr.verdict-behind td:nth-child(6), tr.verdict-contradicts_plan td:nth-child(6) { font-weight: 700; }
tr { break-inside: avoid; }
@page { size: A4 landscape; margin: 15mm; }
`;
