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
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { pendingInSite, pendingLine, pendingSummary, publishRefusal, type PendingTopic } from '../../../scripts/release/pending';
import { repoRoot } from '../../support/content';

const site = join(repoRoot, 'tests', 'fixtures', 'release-site');
const topics = parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'release-pending-topics.yaml'), 'utf8')) as PendingTopic[];
const BASE = '/zt/etbz/';

describe('statements awaiting confirmation in a built site', () => {
  const pending = pendingInSite(site, BASE);

  it('are read from data-pending and from the pages’ JSON data, page by page', () => {
    expect(pending.markers).toBe(4);
    expect(pending.places.map((place) => `${place.url} ${place.title} ${place.topics.join(' ')}`)).toEqual([
      '/zt/etbz/ 首页 start-date',
      '/zt/etbz/tiaojian/ 认定条件 lost-contact-start',
      '/zt/etbz/tiaojian/ 认定条件 start-date',
      '/zt/etbz/ziping/ 自助判断 lost-contact-start',
    ]);
    expect(pendingSummary(pending)).toEqual({ markers: 4, questions: 2, pages: 3 });
    expect(pendingLine(pending)).toBe('待区民政局确认：2 个问题，4 处标注，涉及 3 个页面。');
  });

  it('the refusal starts with its headline, then each question by number with its pages, then what to do', () => {
    const lines = publishRefusal(pending, topics).split('\n');
    expect(lines[0]).toBe('发布检查未通过，没有打包：还有 2 个问题等待区民政局确认，共 4 处标注，涉及 3 个页面。');
    expect(lines[1]).toBe('  问题1　标准的执行时间：首页（/zt/etbz/）、认定条件（/zt/etbz/tiaojian/）');
    expect(lines[2]).toBe('  问题2　失联的起算日期：认定条件（/zt/etbz/tiaojian/）、自助判断（/zt/etbz/ziping/）');
    expect(lines[3]).toMatch(/^怎么办：/);
  });

  it('a marker naming no known question is listed as such', () => {
    expect(publishRefusal(pending, topics.slice(0, 1))).toContain('没有写明问题的标注：自助判断（/zt/etbz/ziping/）');
  });

  it('nothing pending: no markers, and the line says so', () => {
    const none = { markers: 0, places: [] };
    expect(pendingLine(none)).toBe('待区民政局确认：没有了。');
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
    expect(lines[0]).toMatch(/^发布检查未通过，没有打包：还有 2 个问题等待区民政局确认，共 4 处标注，涉及 3 个页面。/);
    expect(lines.at(-1)).toMatch(/PUBLISH=1 npm run package/);
    expect(`${stdout}${stderr}`).not.toMatch(/^\s+at |Stack trace|Browser APIs/m);
    expect(readdirSync(out).filter((name) => name.endsWith('.zip'))).toEqual([]);
  });
});
