#!/usr/bin/env node
// The `hosted-api` command: builds the compiled CLI when it is missing or older than its
// sources (scripts/ensure-build.js), then runs it with plain Node.
import { ensureBuilt } from '../scripts/ensure-build.js';

if (!ensureBuilt()) process.exit(1);
await import('../dist/cli/main.js');
