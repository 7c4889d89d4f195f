import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A V8 .cpuprofile as node --cpu-prof writes it (only the fields read here). */
interface CpuProfile {
  readonly nodes: ReadonlyArray<{
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  }>;
  readonly samples: readonly number[];
}

export interface HotFunction {
  readonly name: string;
  readonly where: string;
  /** Share of all samples spent in the function itself (0..1). */
  readonly self: number;
}

/** The newest .cpuprofile in `dir`, or undefined. */
export function newestProfile(dir: string): string | undefined {
  let newest: { file: string; at: number } | undefined;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.cpuprofile')) continue;
    const file = join(dir, name);
    const at = statSync(file).mtimeMs;
    if (newest === undefined || at > newest.at) newest = { file, at };
  }
  return newest?.file;
}

/** The functions with the most self time, grouped by name and place (idle and GC included). */
export function hottestFunctions(file: string, top = 15): HotFunction[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byNode = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const counts = new Map<string, { name: string; where: string; samples: number }>();
  for (const id of profile.samples) {
    const frame = byNode.get(id);
    if (frame === undefined) continue;
    const where = frame.url === '' ? '' : `${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    const key = `${frame.functionName}@${where}`;
    const entry = counts.get(key) ?? { name: frame.functionName || '(anonymous)', where, samples: 0 };
    entry.samples++;
    counts.set(key, entry);
  }
  const total = profile.samples.length || 1;
  return [...counts.values()]
    .sort((a, b) => b.samples - a.samples)
    .slice(0, top)
    .map((e) => ({ name: e.name, where: e.where, self: e.samples / total }));
}

function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) return path.slice(inModules + '/node_modules/'.length);
  return path.startsWith('/') ? relative(process.cwd(), path) : path;
}
