/**
 * The editors' workflow (README, 内容编辑), on copies of the project: the bureau answers, the editor edits content/
 * and runs the tests. (1) The first amount of content/standards.yaml changes and the first pending marker of that
 * file is removed; (2) every marker is removed (tests/support/confirm-all.ts). Each time the content tests run in the
 * copy and must pass; once everything is confirmed, no marker is left. (2) first adds a marker of its own
 * (tests/support/seed-markers.ts), so it confirms something whether or not content/ still awaits answers.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkPending } from '../../src/integrations/pending-report';
import { copyProject, type ProjectCopy } from '../../tools/site/copy-project';
import { confirmAll } from '../support/confirm-all';
import { readAmounts, readContent } from '../support/content';
import { pendingIn, seedYamlMarker } from '../support/seed-markers';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

function copy(): ProjectCopy {
  const made = copyProject({ tests: true, prefix: 'site-editor-' });
  copies.push(made);
  return made;
}

/** Runs the content tier in a copy; returns how many tests passed, failing with the output's tail otherwise. */
function contentTests(dir: string): number {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) delete env[name];
  const result = spawnSync(process.execPath, [join(dir, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'content'], {
    cwd: dir,
    encoding: 'utf8',
    env,
    timeout: 170_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output.slice(-3000)).toBe(0);
  return Number(/(\d+) passed, 0 failed/.exec(output)?.[1] ?? 0);
}

describe('an editor applies the bureau’s answers', { timeout: 180_000 }, () => {
  it('a changed amount and one confirmed point: the content tests stay green', () => {
    const site = copy();
    const path = join(site.dir, 'content', 'standards.yaml');
    const document = parseDocument(readFileSync(path, 'utf8'));
    const [first] = readAmounts();
    const index = readContent<Array<{ id: string; pending?: unknown }>>('standards.yaml');
    const marked = index.findIndex((entry) => entry.pending !== undefined);
    document.setIn([index.findIndex((entry) => entry.id === first.id), 'amount'], first.amount + 26);
    // The first point of the file still awaiting confirmation is confirmed (once all are, the next test covers it).
    if (marked >= 0) document.deleteIn([marked, 'pending']);
    writeFileSync(path, document.toString());
    const edited = readAmounts(join(site.dir, 'content'));
    expect(edited[0].amount).toBe(first.amount + 26);
    const markers = (root?: string) => readContent<Array<{ pending?: unknown }>>('standards.yaml', root).filter((entry) => entry.pending).length;
    expect(markers(join(site.dir, 'content'))).toBe(Math.max(0, markers() - 1));

    expect(contentTests(site.dir), 'the content tests did not run in the copy').toBeGreaterThan(100);
  });

  it('every point confirmed: no marker is left and the content tests pass (the publish build: tests/build/confirmation.test.ts)', () => {
    const site = copy();
    // A marker of its own, so that confirming has something to do even once content/ holds none.
    seedYamlMarker(site.dir, readContent<{ id: string }[]>('pending-topics.yaml', join(site.dir, 'content'))[0].id);
    expect(confirmAll(join(site.dir, 'content')), 'files changed: at least the seeded one').toBeGreaterThan(0);
    expect(pendingIn(site.dir)).toEqual([]);
    expect(checkPending(site.dir)).toContain('待区民政局确认的内容：0 项');
    expect(contentTests(site.dir), 'the content tests did not run in the copy').toBeGreaterThan(100);
  });
});
