/**
 * What the package says about statements awaiting the district's confirmation (scripts/release/pending.ts), on a
 * small built site in tests/fixtures/release-site: 4 markers (3 in the HTML, 1 in the questionnaire's JSON data)
 * for 2 questions on 3 pages; and `npm run package` on it, with and without PUBLISH=1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { pendingCount, pendingLine, pendingOf, publishRefusal, readTopics } from '../../../scripts/release/pending';
import { repoRoot } from '../../support/content';

const site = join(repoRoot, 'tests', 'fixtures', 'release-site'); // its notes name two questions of content/pending-topics.yaml
const topics = readTopics(repoRoot);
const topic = (id: string) => topics.find((entry) => entry.id === id)!;
const BASE = '/zt/etbz/';

describe('statements awaiting confirmation in a built site', () => {
  const open = pendingOf(site, BASE, topics);

  it('are counted from data-pending and from the pages’ JSON data: notes, questions, pages', () => {
    expect(pendingCount(open)).toEqual({ markers: 4, questions: 2, pages: 3 });
    const places = Object.fromEntries(open.topics.map((entry) => [entry.topic.id, entry.places.map((place) => `${place.title} ${place.url}`)]));
    expect(places).toEqual({
      'basic-living-standard': ['首页 /zt/etbz/', '认定条件 /zt/etbz/tiaojian/'],
      'lost-contact-start': ['认定条件 /zt/etbz/tiaojian/', '自助判断 /zt/etbz/ziping/'],
    });
    expect(pendingLine(pendingCount(open))).toBe('待区民政局确认：2 个问题，4 处标注，涉及 3 个页面。');
    expect(pendingLine({ markers: 0, questions: 0, pages: 0 })).toBe('待区民政局确认：没有了。');
  });

  it('the refusal is the publish check’s, headline first, and says nothing was packaged', () => {
    const refusal = publishRefusal(open)!;
    expect(refusal.split('\n')[0]).toBe('发布检查未通过：还有 2 个问题等待区民政局确认，共 4 处标注，涉及 3 个页面。');
    const { number, title } = topic('basic-living-standard');
    expect(refusal).toContain(`问题${number}　${title}（basic-living-standard）\n    出现在：首页（/zt/etbz/）、认定条件（/zt/etbz/tiaojian/）`);
    expect(refusal.trim().split('\n').at(-1)).toBe('没有打包。全部确认后，再运行 PUBLISH=1 npm run package。');
    expect(publishRefusal(pendingOf(join(site, 'tiaojian'), `${BASE}tiaojian/`, []))).toContain('没有写明问题');
  });
});

describe('npm run package on that site (--site)', () => {
  const out = mkdtempSync(join(tmpdir(), 'release-pending-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const pack = (env: Record<string, string>) => {
    const clean: NodeJS.ProcessEnv = { ...process.env, ...env, BASE_PATH: BASE };
    for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE_URL', 'PORTAL_ORIGIN', ...('PUBLISH' in env ? [] : ['PUBLISH'])]) delete clean[name];
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'release', 'index.ts'), '--site', site, '--out', out], { cwd: repoRoot, env: clean, encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('says how many statements await confirmation: in its output, 发布说明.txt and manifest.json', () => {
    const { status, stdout, stderr } = pack({});
    expect(status, stderr).toBe(0);
    expect(stdout).toContain('待区民政局确认：2 个问题，4 处标注，涉及 3 个页面。');
    const [zip] = readdirSync(out).filter((name) => name.endsWith('.zip'));
    const files = unzipSync(readFileSync(join(out, zip)));
    const note = Buffer.from(files['发布说明.txt']).toString('utf8');
    expect(note).toContain('还有 2 个问题、4 处内容标注为“待确认”（涉及 3 个页面）');
    expect(JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')).pending).toEqual({ markers: 4, questions: 2, pages: 3 });
    rmSync(join(out, zip));
  });

  it('PUBLISH=1 refuses: the whole refusal, headline first, no stack trace, and no zip', () => {
    const { status, stdout, stderr } = pack({ PUBLISH: '1' });
    expect(status).not.toBe(0);
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toBe('发布检查未通过：还有 2 个问题等待区民政局确认，共 4 处标注，涉及 3 个页面。');
    expect(lines.at(-1)).toMatch(/^没有打包。/);
    expect(`${stdout}${stderr}`).not.toMatch(/^\s+at |Stack trace|Browser APIs/m);
    expect(readdirSync(out).filter((name) => name.endsWith('.zip'))).toEqual([]);
  });
});
