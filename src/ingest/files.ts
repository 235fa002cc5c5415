import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every .txt file named, or found under a named folder (answer keys and hidden folders aside). */
export function articleFiles(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry.startsWith('.') || entry === 'gold' || entry === 'node_modules') continue;
        const child = join(path, entry);
        if (statSync(child).isDirectory() || entry.endsWith('.txt')) visit(child);
      }
    } else {
      files.push(path);
    }
  };
  for (const path of paths) visit(resolve(path));
  return files;
}
