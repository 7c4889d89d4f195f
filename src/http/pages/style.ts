import { stylesheet } from '../web/stylesheets.js';

/** The one style sheet of the portal pages (../web/assets/portal.css): no inline styles, strict CSP. */
export const PORTAL_STYLESHEET = stylesheet('portal', '/assets/');
