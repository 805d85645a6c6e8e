/**
 * What still awaits the district's confirmation in a built site, read from its HTML as visitors get it: every
 * element with `data-pending` (its questions in `data-pending-topic`) and every marker in a page's JSON data that a
 * script shows as one (the questionnaire's wording). The package reports the count (output, 发布说明.txt,
 * manifest.json) and, with PUBLISH=1, refuses to package while it is not zero.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

export interface PendingTopic {
  id: string;
  number: number; // its number on the list for the bureau (content/pending-topics.yaml)
  title: string;
}

export interface PendingPlace {
  url: string; // the page's address, e.g. /zt/etbz/tiaojian/
  title: string; // the page's title without the site's name
  topics: string[];
}

export interface PendingInSite {
  markers: number; // statements shown as awaiting confirmation, counted on every page that shows them
  places: PendingPlace[]; // one per marker
}

interface Marker {
  topics: string[];
  note: string;
}

function isMarker(value: unknown): value is Marker {
  if (!value || typeof value !== 'object') return false;
  const { topics, note } = value as Partial<Marker>;
  return Array.isArray(topics) && topics.every((topic) => typeof topic === 'string') && typeof note === 'string';
}

function markersInData(data: unknown): Marker[] {
  if (isMarker(data)) return [data];
  if (Array.isArray(data)) return data.flatMap(markersInData);
  if (data && typeof data === 'object') return Object.values(data).flatMap(markersInData);
  return [];
}

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dir === root && (entry.name === '_astro' || entry.name === 'pagefind') ? [] : htmlFiles(path, root);
    return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

/** Every marker of every page of the site in `siteDir`, built under `base`. */
export function pendingInSite(siteDir: string, base: string): PendingInSite {
  const places = htmlFiles(siteDir)
    .sort()
    .flatMap((file) => {
      const root = parse(readFileSync(join(siteDir, file), 'utf8'), { blockTextElements: { script: true, style: false } });
      const url = base + file.replace(/(^|\/)index\.html$/, '$1');
      const title = url === base ? '首页' : (root.querySelector('title')?.text ?? '').replace(/ - [^-]*$/, '').trim() || url;
      const topicsOf = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);
      const inHtml = root.querySelectorAll('[data-pending]').map((element) => topicsOf(element.getAttribute('data-pending-topic')));
      const inData = root.querySelectorAll('script[type="application/json"]').flatMap((script) => {
        try {
          return markersInData(JSON.parse(script.text)).map((marker) => marker.topics);
        } catch {
          return [];
        }
      });
      return [...inHtml, ...inData].map((topics) => ({ url, title, topics }));
    });
  return { markers: places.length, places };
}

/** Questions and pages of what awaits confirmation: how many, for the output, the note and the manifest. */
export function pendingSummary({ markers, places }: PendingInSite): { markers: number; questions: number; pages: number } {
  return { markers, questions: new Set(places.flatMap((place) => place.topics)).size, pages: new Set(places.map((place) => place.url)).size };
}

/** One line: 待区民政局确认：12 个问题，64 处标注，涉及 20 个页面。 */
export function pendingLine(pending: PendingInSite): string {
  const { markers, questions, pages } = pendingSummary(pending);
  if (markers === 0) return '待区民政局确认：没有了。';
  return `待区民政局确认：${questions} 个问题，${markers} 处标注，涉及 ${pages} 个页面。`;
}

/**
 * The refusal of PUBLISH=1, headline first: each question for the bureau with the pages that show it, then what
 * to do. `topics` is content/pending-topics.yaml.
 */
export function publishRefusal(pending: PendingInSite, topics: PendingTopic[]): string {
  const { markers, questions, pages } = pendingSummary(pending);
  const pagesOf = (id: string) => [...new Map(pending.places.filter((place) => place.topics.includes(id)).map((place) => [place.url, place])).values()];
  const listed = topics.filter((topic) => pagesOf(topic.id).length > 0).sort((a, b) => a.number - b.number);
  const unnamed = pending.places.filter((place) => !place.topics.some((topic) => topics.some((known) => known.id === topic)));
  return [
    `发布检查未通过，没有打包：还有 ${questions} 个问题等待区民政局确认，共 ${markers} 处标注，涉及 ${pages} 个页面。`,
    ...listed.map((topic) => `  问题${topic.number}　${topic.title}：${pagesOf(topic.id).map((place) => `${place.title}（${place.url}）`).join('、')}`),
    ...unnamed.map((place) => `  没有写明问题的标注：${place.title}（${place.url}）`),
    '怎么办：把这些问题发给区民政局；收到答复后，按答复修改 content/ 中的文字，删除对应的 pending 标记或 <Pending>，',
    '再运行 PUBLISH=1 npm run package。不加 PUBLISH=1 可以打包试用版，页面会注明这些内容“以街道办事处、区民政局答复为准”。',
  ].join('\n');
}
