// The README's worked example is what the CLI prints: its article is written to a file, `sidelines extract` runs
// on it, and the output must equal the block the README shows.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');

test('the README worked example prints what the README shows', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /\$ cat (\S+)\n([\s\S]*?)\n\n\$ npx sidelines extract \1\n([\s\S]*?)\n```/.exec(readme);
  assert.ok(block, 'README has a "$ cat FILE" / "$ npx sidelines extract FILE" example');
  const [, name, article, shown] = block;
  const dir = mkdtempSync(join(tmpdir(), 'sidelines-readme-'));
  try {
    writeFileSync(join(dir, name), article + '\n');
    const run = spawnSync(process.execPath, [CLI, 'extract', name], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trimEnd(), shown.trimEnd());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
