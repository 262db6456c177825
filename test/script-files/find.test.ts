import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findScripts } from '../../src/script-files/find.js';

let root: string;
const at = (...parts: string[]) => join(root, ...parts);

function touch(...parts: string[]): void {
  mkdirSync(join(root, ...parts.slice(0, -1)), { recursive: true });
  writeFileSync(join(root, ...parts), 'coach: 1\n');
}

describe('findScripts', () => {
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'coach-find-'));
    touch('tree', 'b.yaml');
    touch('tree', 'a.yml');
    touch('tree', 'notes.txt');
    touch('tree', 'sub', 'deep', 'c.YAML');
    touch('tree', 'node_modules', 'pkg', 'x.yaml');
    touch('tree', '.git', 'y.yaml');
    touch('tree', '.hidden.yaml');
    symlinkSync('..', at('tree', 'sub', 'loop'));
    symlinkSync('missing.yaml', at('tree', 'dangling.yaml'));
    mkdirSync(at('empty'));
    touch('only-text', 'readme.md');
    touch('plain.txt');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds *.yaml and *.yml recursively, sorted, skipping node_modules and dot-folders', async () => {
    const { files, problems } = await findScripts([at('tree')]);
    expect(files).toEqual([
      at('tree', '.hidden.yaml'),
      at('tree', 'a.yml'),
      at('tree', 'b.yaml'),
      at('tree', 'sub', 'deep', 'c.YAML'),
    ]);
    // The link back up is followed once and ends; the dangling link is reported.
    expect(problems).toEqual([{ kind: 'missing', path: at('tree', 'dangling.yaml') }]);
  });

  it('checks a file named explicitly whatever its extension, once', async () => {
    const { files } = await findScripts([at('plain.txt'), at('plain.txt'), `${root}/./plain.txt`]);
    expect(files).toEqual([at('plain.txt')]);
  });

  it('reports a path that does not exist and goes on with the others', async () => {
    const { files, problems } = await findScripts([at('nope.yaml'), at('tree', 'b.yaml')]);
    expect(files).toEqual([at('tree', 'b.yaml')]);
    expect(problems).toEqual([{ kind: 'missing', path: at('nope.yaml') }]);
  });

  it('reports folders without scripts', async () => {
    const { files, problems } = await findScripts([at('empty'), at('only-text')]);
    expect(files).toEqual([]);
    expect(problems.map((p) => p.kind)).toEqual(['noScripts', 'noScripts']);
  });

  it('does not call a sub-folder empty because its scripts were already found', async () => {
    const { problems } = await findScripts([at('tree'), at('tree', 'sub')]);
    expect(problems.filter((p) => p.kind === 'noScripts')).toEqual([]);
  });

  it('refuses something that is neither a file nor a folder', async () => {
    const { problems } = await findScripts(['/dev/null']);
    expect(problems).toEqual([{ kind: 'notFile', path: '/dev/null' }]);
  });
});
