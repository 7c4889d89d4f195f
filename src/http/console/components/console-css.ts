import { stylesheet } from '../../web/stylesheets.js';

/**
 * The console's one style sheet (../../web/assets/console.css), linked by every console page and
 * served by the console's plugin at its hashed path.
 */
export const CONSOLE_STYLESHEET = stylesheet('console', '/console/assets/');
