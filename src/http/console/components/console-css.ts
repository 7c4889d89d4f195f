/** Where the app serves CONSOLE_CSS (the pages link it; the CSP allows styles from 'self' only). */
export const CONSOLE_CSS_PATH = '/console/assets/console.css';

/**
 * The console's one style sheet. No web fonts (the CSP and privacy both say no): the system's
 * sans-serif and monospace. Calm neutrals, one accent colour (indigo), and status colours that
 * only repeat what a badge's word says. Responsive down to 360 px: the side navigation becomes a
 * scrolling row, grids become one column, wide tables scroll inside their box.
 */
export const CONSOLE_CSS = `
:root{
--bg:#f5f6f8;--surface:#fff;--surface-2:#f8f9fb;--border:#e3e6eb;--border-strong:#cdd3dc;
--text:#192132;--text-2:#4b5567;--text-3:#667085;
--accent:#3b5bdb;--accent-hover:#2d47b8;--accent-soft:#eef2fd;--accent-line:#c9d4f8;--accent-tint:#a9baf0;
--success-fg:#1c6b43;--success-bg:#e9f6ef;--success-line:#b9e0c9;--success-dot:#2f9e5f;
--warning-fg:#8a4f00;--warning-bg:#fdf5e6;--warning-line:#f0d39a;--warning-dot:#d98a0b;
--danger-fg:#b42318;--danger-bg:#fdefed;--danger-line:#f2c0ba;--danger-dot:#d9402f;
--info-fg:#1f5d9e;--info-bg:#ebf3fc;--info-line:#bcd6f2;--info-dot:#3b82d6;
--neutral-fg:#4b5567;--neutral-bg:#eff1f4;--neutral-line:#d9dde3;--neutral-dot:#8a94a6;
--radius:10px;--radius-small:6px;
--shadow:0 1px 2px rgba(16,24,40,.04);
--font:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif;
--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace;
}
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font-family:var(--font);font-size:.9375rem;line-height:1.5;-webkit-font-smoothing:antialiased}
h1,h2,h3{line-height:1.3;color:var(--text)}
p{margin:0 0 .75rem}
a{color:var(--accent);text-underline-offset:2px}
a:hover{color:var(--accent-hover)}
code,.code,.url,.tag{font-family:var(--mono)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
#main:focus{outline:none}
.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip-link{position:absolute;left:12px;top:-60px;z-index:100;padding:10px 14px;background:var(--text);color:#fff;border-radius:var(--radius-small);font-weight:600;text-decoration:none}
.skip-link:focus{top:10px;color:#fff}
.muted{color:var(--text-3)}
.code{font-size:.8125rem}
.url{font-size:.8125rem;overflow-wrap:anywhere}
.table .url{display:inline-block;max-width:26ch;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;vertical-align:bottom}
.email{overflow-wrap:anywhere}
.nowrap{white-space:nowrap}
.table .tz{display:none}
.table .code{white-space:nowrap}
.table .row-link.url{max-width:38ch}

/* Frame */
.shell{display:grid;grid-template-columns:232px minmax(0,1fr);grid-template-rows:auto 1fr;grid-template-areas:"top top" "nav main";min-height:100vh}
.topbar{grid-area:top;position:sticky;top:0;z-index:20;display:flex;align-items:center;justify-content:space-between;gap:16px;height:56px;padding:0 20px;background:var(--surface);border-bottom:1px solid var(--border)}
.brand{display:flex;align-items:center;gap:10px;color:var(--text);font-weight:700;font-size:1rem;text-decoration:none;white-space:nowrap}
a.brand:hover{color:var(--text)}
.icon.brand-mark{width:26px;height:26px}
.brand-mark .icon-fill{fill:var(--accent);stroke:none}
.brand-mark .icon-on-fill{fill:none;stroke:#fff;stroke-width:2;stroke-linecap:round}
.brand-tag{padding-left:10px;border-left:1px solid var(--border);color:var(--text-3);font-weight:500}
.account{display:flex;align-items:center;gap:12px;min-width:0;font-size:.875rem;color:var(--text-2)}
.account-email{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:32ch}
.signout-form{margin:0}
.sidenav{grid-area:nav;background:var(--surface);border-right:1px solid var(--border);padding:16px 12px}
.sidenav ul{list-style:none;margin:0;padding:0;display:grid;gap:2px;position:sticky;top:72px}
.sidenav a{display:flex;align-items:center;gap:10px;padding:8px 10px;border-radius:var(--radius-small);color:var(--text-2);font-weight:500;text-decoration:none;white-space:nowrap}
.sidenav a:hover{background:var(--neutral-bg);color:var(--text)}
.sidenav a[aria-current="page"]{background:var(--accent-soft);color:var(--accent);font-weight:600}
.sidenav a[aria-current="page"] .icon{stroke:var(--accent)}
.main{grid-area:main;min-width:0;width:100%;max-width:1280px;padding:28px 32px 56px}
.standalone{min-height:100vh;display:flex;flex-direction:column;align-items:center;justify-content:center;padding:32px 16px}
.brand-standalone{margin:0 0 20px;font-size:1.0625rem}

/* Icons */
.icon{width:18px;height:18px;flex:none;fill:none;stroke:currentColor;stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}

/* Page heading */
.page-heading{margin-bottom:24px}
.breadcrumbs ol{list-style:none;display:flex;flex-wrap:wrap;gap:6px;margin:0 0 8px;padding:0;font-size:.8125rem;color:var(--text-3)}
.breadcrumbs li+li::before{content:"/";margin-right:6px;color:var(--border-strong)}
.breadcrumbs a{color:var(--text-2);text-decoration:none}
.breadcrumbs a:hover{color:var(--accent);text-decoration:underline}
.page-heading-row{display:flex;flex-wrap:wrap;align-items:flex-end;justify-content:space-between;gap:12px 16px}
.page-heading-text{min-width:0;flex:1 1 24rem}
.page-heading h1{display:flex;flex-wrap:wrap;align-items:center;gap:6px 12px;margin:0;font-size:1.625rem;font-weight:700;letter-spacing:-.015em;overflow-wrap:anywhere}
.heading-meta{display:inline-flex;gap:6px;font-size:1rem}
.page-description{margin:6px 0 0;color:var(--text-2);max-width:72ch}
.page-actions{display:flex;flex-wrap:wrap;gap:8px}

/* Panels and grids */
.panel{background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);box-shadow:var(--shadow);margin:0 0 20px;min-width:0}
.panel-header{display:flex;align-items:flex-start;justify-content:space-between;gap:16px;padding:16px 20px 0}
.panel-title{margin:0;font-size:1rem;font-weight:650}
.panel-description{margin:4px 0 0;color:var(--text-2);font-size:.875rem}
.panel-description .badge{margin-right:6px}
.panel-actions{display:flex;gap:8px;flex:none}
.panel-body{padding:14px 20px 20px}
.panel-body>:last-child{margin-bottom:0}
.panel-flush{overflow:hidden}
.panel-flush .panel-body{padding:14px 0 0}
.panel-body .table thead th{border-top:1px solid var(--border)}
.panel-toolbar .filters{margin:0;padding:0 20px 14px;border:0;border-radius:0;background:transparent;box-shadow:none}
.panel .pagination{margin:0;padding:14px 20px;border-top:1px solid var(--border)}
.panel-danger{border-color:var(--danger-line)}
.panel-danger .panel-title{color:var(--danger-fg)}
.grid-2,.grid-3,.grid-main-side{display:grid;gap:20px;margin-bottom:20px;align-items:start}
.grid-2{grid-template-columns:repeat(2,minmax(0,1fr))}
.grid-3{grid-template-columns:repeat(3,minmax(0,1fr))}
.grid-main-side{grid-template-columns:minmax(0,2fr) minmax(0,1fr)}
.grid-2>.panel,.grid-3>.panel,.grid-main-side>.panel,.stack-panels>.panel{margin:0}
.grid-3>.panel{height:100%}
.stack-panels{display:grid;gap:20px;min-width:0}
.narrow{max-width:680px}
.link-quiet{font-size:.8125rem;font-weight:600;text-decoration:none;white-space:nowrap}
.link-quiet:hover{text-decoration:underline}
.note{background:var(--surface-2);border:1px solid var(--border);border-radius:var(--radius-small);padding:8px 12px;font-size:.875rem}
.note-label{font-weight:600}

/* Buttons */
.button{display:inline-flex;align-items:center;justify-content:center;gap:6px;min-height:36px;padding:0 14px;border:1px solid transparent;border-radius:var(--radius-small);font:inherit;font-size:.875rem;font-weight:600;line-height:1.2;text-decoration:none;white-space:nowrap;cursor:pointer;transition:background-color .12s,border-color .12s}
.button .icon{width:16px;height:16px}
.button-primary{background:var(--accent);color:#fff}
.button-primary:hover{background:var(--accent-hover);color:#fff}
.button-secondary{background:var(--surface);border-color:var(--border-strong);color:var(--text);box-shadow:var(--shadow)}
.button-secondary:hover{background:var(--surface-2);border-color:#b6bdc9;color:var(--text)}
.button-quiet{background:transparent;color:var(--text-2)}
.button-quiet:hover{background:var(--neutral-bg);color:var(--text)}
.button-danger{background:var(--danger-fg);color:#fff}
.button-danger:hover{background:#93190f;color:#fff}
.button-danger-outline{background:var(--surface);border-color:var(--danger-line);color:var(--danger-fg)}
.button-danger-outline:hover{background:var(--danger-bg);color:var(--danger-fg)}
.button-warning{background:#9a5b00;color:#fff}
.button-warning:hover{background:#7d4900;color:#fff}
.button-small{min-height:30px;padding:0 10px;font-size:.8125rem}
.button-block{width:100%}
.button:disabled,.button.is-disabled{opacity:.45;cursor:not-allowed;box-shadow:none}
.inline-form{display:inline;margin:0}

/* Badges and tags */
.badge{display:inline-flex;align-items:center;gap:6px;padding:1px 9px 1px 8px;border:1px solid;border-radius:999px;font-family:var(--font);font-size:.75rem;font-weight:600;line-height:1.5;letter-spacing:0;white-space:nowrap;vertical-align:middle}
.badge::before{content:"";width:6px;height:6px;border-radius:50%;background:currentColor}
.badge-success{color:var(--success-fg);background:var(--success-bg);border-color:var(--success-line)}
.badge-warning{color:var(--warning-fg);background:var(--warning-bg);border-color:var(--warning-line)}
.badge-danger{color:var(--danger-fg);background:var(--danger-bg);border-color:var(--danger-line)}
.badge-info{color:var(--info-fg);background:var(--info-bg);border-color:var(--info-line)}
.badge-neutral{color:var(--neutral-fg);background:var(--neutral-bg);border-color:var(--neutral-line)}
.tags{display:flex;flex-wrap:wrap;align-items:center;gap:4px}
.tag{display:inline-block;padding:0 6px;border:1px solid var(--border);border-radius:4px;background:var(--surface-2);color:var(--text);font-size:.75rem;line-height:1.6;white-space:nowrap}
.tag-accent{font-family:var(--font);font-weight:600;color:var(--accent);background:var(--accent-soft);border-color:var(--accent-line)}
.dot{display:inline-block;width:8px;height:8px;border-radius:50%;flex:none}
.dot-success{background:var(--success-dot)}.dot-warning{background:var(--warning-dot)}.dot-danger{background:var(--danger-dot)}.dot-neutral{background:var(--neutral-dot)}

/* Tables */
.table-wrap{position:relative;overflow-x:auto;-webkit-overflow-scrolling:touch}
.table-wrap:focus-visible{outline-offset:-3px}
.table{width:100%;border-collapse:collapse;font-size:.875rem}
.table caption{text-align:left}
.table th,.table td{padding:10px 16px;text-align:left;vertical-align:middle;border-bottom:1px solid var(--border)}
.table thead th{padding-top:9px;padding-bottom:9px;background:var(--surface-2);color:var(--text-2);font-size:.75rem;font-weight:600;letter-spacing:.03em;text-transform:uppercase;white-space:nowrap}
.table tbody tr:last-child>*{border-bottom:0}
.table tbody tr:hover{background:#fafbfc}
.table tbody th{font-weight:500}
.table th:first-child,.table td:first-child{padding-left:20px}
.table th:last-child,.table td:last-child{padding-right:20px}
.table .num{text-align:right;font-variant-numeric:tabular-nums}
.table-compact th,.table-compact td{padding:5px 12px}
.row-link{font-weight:600;text-decoration:none}
.row-link:hover{text-decoration:underline}
.cell-sub{display:block;margin-top:1px;color:var(--text-3);font-size:.8125rem;font-weight:400}
.cell-sub-inline{color:var(--text-3);font-size:.8125rem}
.http-code{font-family:var(--mono);font-size:.8125rem;font-weight:600}
.http-ok{color:var(--success-fg)}
.http-bad{color:var(--danger-fg)}
.changes{min-width:14rem;display:grid;gap:3px;margin:0;padding:0;list-style:none;font-size:.8125rem}
.change-field{margin-right:6px;color:var(--text-2);font-family:var(--mono)}
.change-field::after{content:":"}
.change-before,.change-after{padding:0 5px;border-radius:4px;overflow-wrap:anywhere}
.change-before{background:var(--danger-bg);color:var(--danger-fg)}
.change-after{background:var(--success-bg);color:var(--success-fg)}
.is-none{font-style:italic}
.change-arrow{margin:0 2px;color:var(--text-3)}
.actor{display:flex;flex-direction:column;min-width:11rem}
.actor-type{color:var(--text-2);font-size:.6875rem;font-weight:700;letter-spacing:.05em;text-transform:uppercase}
.actor-id{overflow-wrap:break-word}
.actor-ip{color:var(--text-3);font-family:var(--mono);font-size:.75rem}

/* Lists of details and metrics */
.details{display:grid;margin:0}
.details-row{display:grid;grid-template-columns:minmax(96px,40%) minmax(0,1fr);gap:12px;padding:7px 0;border-bottom:1px solid var(--border)}
.details-row:first-child{padding-top:0}
.details-row:last-child{padding-bottom:0;border-bottom:0}
.details dt{color:var(--text-2);font-size:.8125rem}
.details dd{margin:0;min-width:0;font-size:.875rem;overflow-wrap:anywhere}
.details dd.code{font-size:.8125rem}
.details-compact .details-row{grid-template-columns:minmax(96px,max-content) minmax(0,1fr);gap:16px}
.stats{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:16px;margin:0 0 20px;padding:0;list-style:none}
.stat-link{display:flex;flex-direction:column;gap:4px;height:100%;padding:16px 18px;background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);box-shadow:var(--shadow);color:inherit;text-decoration:none}
a.stat-link:hover{border-color:var(--accent-line);color:inherit;box-shadow:0 2px 8px rgba(16,24,40,.06)}
.stat-label{display:flex;align-items:center;gap:8px;color:var(--text-2);font-size:.8125rem;font-weight:600}
.stat-value{font-size:1.875rem;font-weight:700;line-height:1.2;letter-spacing:-.02em;font-variant-numeric:tabular-nums}
.stat-note{color:var(--text-3);font-size:.75rem}
.metrics{display:grid;grid-template-columns:repeat(auto-fit,minmax(110px,1fr));gap:12px;margin:0 0 14px}
.metric dt{color:var(--text-2);font-size:.75rem;font-weight:600;letter-spacing:.03em;text-transform:uppercase}
.metric dd{margin:2px 0 0;font-size:1.5rem;font-weight:700;font-variant-numeric:tabular-nums}
.backlog-health{display:flex;align-items:center;gap:8px;margin:0;padding:8px 12px;border-radius:var(--radius-small);font-size:.875rem}
.backlog-ok{background:var(--success-bg);color:var(--success-fg)}
.backlog-attention{background:var(--warning-bg);color:var(--warning-fg);font-weight:600}

/* Storage */
.usage-figure{margin:0;font-size:.875rem}
.usage-used{font-size:1.375rem;font-weight:700;font-variant-numeric:tabular-nums}
.usage-bar{display:block;width:100%;height:8px;margin:10px 0 6px;border-radius:999px;overflow:hidden}
.usage-track{fill:var(--neutral-bg)}
.usage-fill{fill:var(--accent)}
.usage-over .usage-fill{fill:var(--danger-fg)}
.usage-percent{margin:0 0 14px;color:var(--text-3);font-size:.75rem}

/* Chart */
.chart{margin:0}
.chart-scroll{overflow-x:auto}
.chart-svg{display:block;width:100%;min-width:520px;height:auto}
.chart-grid line{stroke:#eceef2;stroke-width:1}
.chart-grid text,.chart-axis-label{fill:var(--text-3);font-family:var(--font);font-size:11px}
.chart-baseline{stroke:var(--border-strong);stroke-width:1}
.chart-bar{fill:var(--accent-tint)}
.chart-bar:hover,.chart-bar-peak{fill:var(--accent)}
.chart-empty{fill:var(--text-3);font-family:var(--font);font-size:13px}
.chart-caption{margin:10px 0 0;color:var(--text-2);font-size:.8125rem}
.chart-data{margin-top:8px;font-size:.875rem}
.chart-data summary{display:inline-block;color:var(--accent);font-size:.8125rem;font-weight:600;cursor:pointer}
.chart-data .table{max-width:360px;margin-top:8px}

/* Forms */
form{margin:0}
.field{margin:0 0 16px;min-width:0}
.label{display:block;margin-bottom:4px;color:var(--text);font-size:.875rem;font-weight:600}
.optional{color:var(--text-3);font-weight:400}
.hint{margin:6px 0 0;color:var(--text-2);font-size:.8125rem}
.fieldset .hint{margin:0 0 6px}
.fieldset .field-error{margin:0 0 6px}
.input{display:block;width:100%;min-height:38px;padding:7px 10px;border:1px solid var(--border-strong);border-radius:var(--radius-small);background:var(--surface);color:var(--text);font:inherit;font-size:.9375rem;line-height:1.4}
.input:hover{border-color:#b3bac6}
.input:focus{border-color:var(--accent);outline:2px solid transparent;box-shadow:0 0 0 3px rgba(59,91,219,.22)}
.input[readonly]{background:var(--surface-2)}
.input-code{font-family:var(--mono);font-size:.875rem}
textarea.input{resize:vertical}
.select{appearance:none;padding-right:32px;background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='12' height='12' viewBox='0 0 12 12'%3E%3Cpath d='M3 4.5 6 7.5 9 4.5' fill='none' stroke='%234b5567' stroke-width='1.5' stroke-linecap='round' stroke-linejoin='round'/%3E%3C/svg%3E");background-repeat:no-repeat;background-position:right 10px center;background-size:12px}
.field-short .input{max-width:12rem}
.field-medium .input{max-width:24rem}
.has-error .input{border-color:var(--danger-fg)}
.field-error{margin:6px 0 0;color:var(--danger-fg);font-size:.8125rem;font-weight:600}
.form-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:0 20px}
.form-grid .field-full{grid-column:1/-1}
.form-grid .field-short .input,.form-grid .field-medium .input{max-width:none}
.form-actions{display:flex;flex-wrap:wrap;align-items:center;gap:10px;margin-top:4px}
.fieldset{min-width:0;margin:0 0 16px;padding:0;border:0}
.fieldset legend{padding:0}
.checks{display:grid;gap:8px;margin-top:6px}
.checks-columns{grid-template-columns:repeat(auto-fill,minmax(230px,1fr))}
.check{display:flex;align-items:flex-start;gap:10px;padding:9px 12px;border:1px solid var(--border);border-radius:8px;background:var(--surface)}
.check:has(input:checked){border-color:var(--accent-line);background:var(--accent-soft)}
.check input{flex:none;width:16px;height:16px;margin:2px 0 0;accent-color:var(--accent)}
.check label{display:block;min-width:0;cursor:pointer}
.check-label{display:block;font-family:var(--mono);font-size:.8125rem;font-weight:600}
.check-description{display:block;color:var(--text-2);font-size:.8125rem}
.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(8.5rem,1fr));align-items:start;gap:12px 16px;margin:0 0 16px;padding:16px;background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);box-shadow:var(--shadow)}
.filters-fields{display:contents}
.filters .field{margin:0}
.filters .field-medium .input{max-width:none}
.filters .hint{display:none}
.filters-actions{display:flex;gap:8px;margin-top:25px}

/* Paging */
.pagination{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:10px 16px;margin:16px 0}
.pagination-summary{margin:0;color:var(--text-2);font-size:.875rem}
.pagination-links{display:flex;flex-wrap:wrap;gap:8px;margin-left:auto}

/* Messages */
.flashes{display:grid;gap:8px;margin-bottom:20px}
.flash{display:flex;align-items:flex-start;gap:10px;margin-bottom:16px;padding:11px 14px;border:1px solid;border-radius:8px;font-size:.9375rem}
.flashes .flash{margin:0}
.flash p{margin:0}
.flash .icon{margin-top:1px}
.flash-success{color:var(--success-fg);background:var(--success-bg);border-color:var(--success-line)}
.flash-error{color:var(--danger-fg);background:var(--danger-bg);border-color:var(--danger-line)}
.flash-info{color:var(--info-fg);background:var(--info-bg);border-color:var(--info-line)}
.error-summary{margin:0 0 18px;padding:12px 16px;border:1px solid var(--danger-line);border-left:4px solid var(--danger-fg);border-radius:8px;background:var(--danger-bg)}
.error-summary:focus{outline:3px solid var(--danger-fg);outline-offset:2px}
.error-summary-title{margin:0 0 4px;color:var(--danger-fg);font-size:.9375rem}
.error-summary ul{margin:0;padding-left:18px}
.error-summary a{color:var(--danger-fg);font-weight:600}
.empty{display:flex;flex-direction:column;align-items:center;gap:4px;padding:48px 24px;text-align:center}
.empty-compact{padding:28px 20px}
.icon.empty-icon{width:36px;height:36px;margin-bottom:6px;color:var(--text-3);stroke-width:1.2}
.empty-title{margin:0;font-weight:650}
.empty-text{max-width:50ch;margin:0 0 10px;color:var(--text-2);font-size:.875rem}
.secret{margin:0 0 20px;padding:18px 20px;border:1px solid var(--warning-line);border-radius:var(--radius);background:#fffaf0}
.secret-head,.confirm-head{display:flex;align-items:center;gap:10px}
.secret-head h2,.confirm-head h2{margin:0;font-size:1.0625rem}
.icon.secret-icon{color:var(--warning-fg);width:22px;height:22px}
.secret-warning{margin:8px 0 14px;color:var(--warning-fg)}
textarea.secret-value{display:block;margin-bottom:14px;background:var(--surface);font-size:.9375rem;letter-spacing:.01em;resize:none;word-break:break-all;field-sizing:content}
.secret .input[readonly]{background:var(--surface)}
.confirm{padding:22px 24px;border:1px solid var(--danger-line);border-top:4px solid var(--danger-fg);border-radius:var(--radius);background:var(--surface);box-shadow:var(--shadow)}
.icon.confirm-icon{width:22px;height:22px;color:var(--danger-fg)}
.confirm>p{margin:12px 0}
.confirm-list{margin:0 0 18px;padding-left:20px;color:var(--text-2)}
.confirm-list li{margin:3px 0}

/* Sign-in and errors */
.signin-card{width:100%;max-width:400px;padding:28px;background:var(--surface);border:1px solid var(--border);border-radius:12px;box-shadow:0 4px 18px rgba(16,24,40,.07)}
.signin-card h1{margin:0;font-size:1.375rem}
.signin-card .page-description{margin:6px 0 20px;font-size:.875rem}
.signin-card .button-block{margin-top:4px}
.error-page{max-width:560px;padding:32px 0}
.standalone .error-page{padding:0}
.error-code{margin:0 0 6px;color:var(--text-3);font-family:var(--mono);font-size:.8125rem;letter-spacing:.05em;text-transform:uppercase}
.error-page h1{margin:0;font-size:1.625rem}
.error-page .page-description{margin:8px 0 14px}

/* Narrower screens */
@media (min-width:601px){.filters .field-full{grid-column:span 2}}
@media (max-width:1180px){
.grid-3{grid-template-columns:repeat(2,minmax(0,1fr))}
.stats{grid-template-columns:repeat(2,minmax(0,1fr))}
}
@media (max-width:900px){
.shell{grid-template-columns:minmax(0,1fr);grid-template-areas:"top" "nav" "main"}
.sidenav{position:sticky;top:56px;z-index:15;padding:6px 12px;border-right:0;border-bottom:1px solid var(--border);overflow-x:auto}
.sidenav ul{display:flex;gap:4px;position:static}
.sidenav a{padding:7px 10px}
.main{padding:24px 20px 48px}
.grid-2,.grid-3,.grid-main-side{grid-template-columns:minmax(0,1fr)}
.table{min-width:44rem}
.table-compact{min-width:0}
}
@media (max-width:600px){
body{font-size:.9375rem}
.topbar{padding:0 12px;height:52px}
.sidenav{top:52px}
.brand-tag{display:none}
.account-email{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.sidenav{position:static;overflow:visible;padding:6px 8px}
.sidenav ul{flex-wrap:wrap;gap:2px}
.sidenav a{padding:6px 9px;font-size:.875rem}
.sidenav .icon{display:none}
.main{padding:20px 12px 40px}
.page-heading h1{font-size:1.375rem}
.panel-header{padding:14px 14px 0}
.panel-body{padding:12px 14px 16px}
.panel-toolbar .filters,.panel .pagination{padding-left:14px;padding-right:14px}
.table th,.table td{padding:8px 10px}
.table th:first-child,.table td:first-child{padding-left:14px}
.table th:last-child,.table td:last-child{padding-right:14px}
.stats{gap:10px}
.stat-link{padding:12px 14px}
.stat-value{font-size:1.5rem}
.details-row{grid-template-columns:minmax(0,1fr);gap:0}
.signin-card{padding:22px 18px}
.confirm{padding:18px 16px}
.secret{padding:16px 14px}
}
@media (prefers-reduced-motion:reduce){*{transition:none!important}}
@media print{.topbar,.sidenav,.skip-link,form{display:none}.shell{display:block}.panel{break-inside:avoid;box-shadow:none}}
`;
