/**
 * The editors' workflow (README, 内容编辑): the bureau confirms a point and changes an amount; the editor edits
 * content/ and runs the tests. Here, on a copy of the project: the first amount of content/standards.yaml changes and
 * the first pending marker of the file is removed, then the content tests run in the copy and must pass.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../tools/site/copy-project';
import { readAmounts, repoRoot } from '../support/content';

describe('an editor confirms a pending point and changes an amount', { timeout: 180_000 }, () => {
  const site = copyProject({ tests: true, prefix: 'site-editor-' });
  afterAll(() => site.remove());

  it('the content tests stay green in the edited copy', () => {
    const [first] = readAmounts();
    const changed = first.amount + 26;
    site.edit('content/standards.yaml', new RegExp(`amount: ${String(first.amount).replace('.', '\\.')}\\b`), `amount: ${changed}`);
    site.edit('content/standards.yaml', /^\s*pending:.*\n/m, '');
    const edited = readFileSync(join(site.dir, 'content', 'standards.yaml'), 'utf8');
    expect(edited).toContain(`amount: ${changed}`);
    const markers = (text: string) => text.match(/^\s*pending:/gm)?.length ?? 0;
    expect(markers(edited)).toBe(markers(readFileSync(join(repoRoot, 'content', 'standards.yaml'), 'utf8')) - 1);

    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) delete env[name];
    const result = spawnSync(process.execPath, [join(site.dir, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'content'], {
      cwd: site.dir,
      encoding: 'utf8',
      env,
      timeout: 170_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output.slice(-3000)).toBe(0);
    const passed = Number(/(\d+) passed, 0 failed/.exec(output)?.[1] ?? 0);
    expect(passed, 'the content tests did not run in the copy').toBeGreaterThan(100);
  });
});
