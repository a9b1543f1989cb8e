// The shape from ARCHITECTURE.md, checked: electron only in the shell files, node-hid and
// serialport each in one driver file, the renderer importing nothing but the contract.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(join(root, dir))) return out;
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const files = ['main', 'db', 'hardware', 'renderer'].flatMap((d) => sourceFiles(d));
// Import and export statements (also spread over several lines), side-effect imports, import() and require().
const importPatterns = [
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g,
];
const importsOf = (file: string) => {
  const text = readFileSync(join(root, file), 'utf8');
  return importPatterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1] ?? ''));
};

describe('import boundaries', () => {
  it('imports electron only in the shell files and the IPC transport', () => {
    const allowed = /^main\/(index\.ts|window\.ts|preload\/|ipc\/)/;
    const offenders = files.filter(
      (f) => importsOf(f).some((i) => i === 'electron' || i.startsWith('electron/')) && !allowed.test(f),
    );
    expect(offenders).toEqual([]);
  });

  it.each(['node-hid', 'serialport'])('imports %s in at most one driver file', (lib) => {
    const users = files.filter((f) => importsOf(f).includes(lib));
    expect(users.length).toBeLessThanOrEqual(1);
    for (const f of users) expect(f).toMatch(/^hardware\//);
  });

  it('lets the renderer import only the contract, React, and its own files', () => {
    const offenders: string[] = [];
    for (const file of files.filter((f) => f.startsWith('renderer/'))) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) {
          if (!/^(react|react-dom)(\/|$)/.test(spec)) offenders.push(`${file} → ${spec}`);
          continue;
        }
        const target = relative(root, join(root, file, '..', spec));
        if (!target.startsWith('renderer/') && !target.startsWith('main/contract/'))
          offenders.push(`${file} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the pure core free of Node, Electron and the clock', () => {
    const pure = files.filter((f) => /^main\/(domain|contract)\//.test(f));
    const offenders = pure.filter((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      return (
        importsOf(f).some((i) => i.startsWith('node:') || i === 'electron') || /new Date\(\)|Date\.now\(\)/.test(text)
      );
    });
    expect(offenders).toEqual([]);
  });
});
