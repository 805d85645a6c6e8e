import { describe, expect, it } from 'vitest';
import { documentPath, joinBase, pagePath } from '../../src/lib/paths';

describe('links follow the base path', () => {
  it('root base', () => expect(joinBase('/', '/tiaojian/')).toBe('/tiaojian/'));
  it('sub-path base keeps one slash', () => expect(joinBase('/zt/etbz/', '/tiaojian/#x')).toBe('/zt/etbz/tiaojian/#x'));
  it('base without trailing slash', () => expect(joinBase('/zt/etbz', 'tiaojian/')).toBe('/zt/etbz/tiaojian/'));
  it('home page', () => expect(joinBase('/zt/etbz/', '/')).toBe('/zt/etbz/'));
});

describe('page paths', () => {
  it('index is the home page', () => expect(pagePath('index')).toBe('/'));
  it('other pages by id', () => expect(pagePath('shenqing')).toBe('/shenqing/'));
  it('documents live under /zhengce/', () => expect(documentPath('mz-2019-62')).toBe('/zhengce/mz-2019-62/'));
});
