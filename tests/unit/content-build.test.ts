/**
 * The real build stops on malformed content, naming the file and the field, and the publish build
 * stops while statements await the district's confirmation. Runs Astro on a throwaway copy.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { confirmAll } from '../support/confirm-all';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/content';

const copies: string[] = [];

function siteCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xs-site-'));
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(repoRoot, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  copies.push(dir);
  return dir;
}

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not found in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

function astro(dir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(join(dir, 'node_modules', '.bin', 'astro'), args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('astro stops on malformed content', { timeout: 120_000 }, () => {
  it('an unknown document id: names the file, the field and the id', () => {
    const dir = siteCopy();
    edit(dir, 'content/situations/imprisoned.yaml', 'sources: [mz-2019-62, yn-2021-51]', 'sources: [mz-2019-62, yn-2021-99]');
    const { status, output } = astro(dir, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/situations/imprisoned.yaml');
    expect(output).toContain('sources.1');
    expect(output).toContain('yn-2021-99');
  });

  it('an amount that is not a number: names the file and the field', () => {
    const dir = siteCopy();
    edit(dir, 'content/standards.yaml', 'amount: 2074', 'amount: 二千零七十四');
    const { status, output } = astro(dir, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/standards.yaml');
    expect(output).toMatch(/amount/);
  });
});

describe('the publish build lists what awaits confirmation', { timeout: 180_000 }, () => {
  it('fails while any item remains, listing each with file and text', () => {
    const dir = siteCopy();
    const { status, output } = astro(dir, ['build'], { PUBLISH: '1' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/发布检查未通过：仍有 \d+ 项内容待区民政局确认/);
    expect(output).toContain('content/situations/serious_illness.yaml — 重病：');
  });

  it('passes once every item is confirmed (all markers removed)', () => {
    const dir = siteCopy();
    expect(confirmAll(join(dir, 'content'))).toBeGreaterThan(0);
    const { status, output } = astro(dir, ['build'], { PUBLISH: '1' });
    expect(output).toContain('待区民政局确认的内容：0 项');
    expect(status).toBe(0);
  });
});
