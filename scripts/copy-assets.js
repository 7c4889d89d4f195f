// @ts-check
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run build`'s last step: the files TypeScript does not compile — the style sheets under
 * src/**\/assets/ — copied to the same place under dist/, where the compiled code reads them.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every folder named `assets` below `dir`.
 * @param {string} dir
 * @returns {string[]}
 */
function assetFolders(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) return [];
    return name === 'assets' ? [path] : assetFolders(path);
  });
}

for (const folder of assetFolders(join(ROOT, 'src'))) {
  const target = join(ROOT, 'dist', relative(join(ROOT, 'src'), folder));
  cpSync(folder, target, { recursive: true });
}
if (!existsSync(join(ROOT, 'dist'))) process.exitCode = 1;
