/**
 * The Node.js flags the server runs with (`npm start`, `hosted-api serve`, the benchmark; a test
 * keeps package.json's start script in step). V8's young generation grows to 2 × 16 MB while the
 * server starts and stays resident afterwards, idle or not: capped at 2 × 8 MB the idle server
 * holds ~14 MB less, and requests, which leave little behind, are collected as cheaply.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
