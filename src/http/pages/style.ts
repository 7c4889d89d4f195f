/** The one style sheet of the portal pages, served at STYLE_PATH (no inline styles: strict CSP). */
export const STYLE_PATH = '/portal.css';

export const PORTAL_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2328;background:#f4f5f7;line-height:1.5}
body{margin:0;padding:2rem 1rem}
main{max-width:34rem;margin:0 auto;background:#fff;border-radius:.5rem;padding:2rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.5rem;margin:0 0 1rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
p{margin:.5rem 0}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
input[type=email],input[type=password],input[type=text]{width:100%;padding:.6rem .7rem;font-size:1rem;border:1px solid #8c959f;border-radius:.375rem}
input:focus,button:focus{outline:3px solid #2463eb;outline-offset:1px}
input[readonly]{background:#f6f8fa}
button{margin-top:1.25rem;padding:.65rem 1.2rem;font-size:1rem;font-weight:600;color:#fff;background:#2463eb;border:0;border-radius:.375rem;cursor:pointer}
button.secondary{background:#57606a}
.hint{font-size:.875rem;color:#57606a}
.error{padding:.75rem 1rem;border-radius:.375rem;background:#ffebe9;border:1px solid #ff8182;color:#82071e}
.notice{padding:.75rem 1rem;border-radius:.375rem;background:#dafbe1;border:1px solid #4ac26b;color:#044f1e}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}
dt{font-weight:600;color:#57606a}
dd{margin:0;word-break:break-all}
`;
