/**
 * What a build says about the statements still awaiting the district's confirmation: a one-line summary for every
 * build, and for the publish build (npm run build:publish) the refusal, headline first, naming questions and pages.
 */
import type { OpenQuestions, Place } from './topics.ts';

const placeList = (places: Place[]) => places.map((place) => `${place.title}（${place.url}）`).join('、');

export function pendingSummary(open: OpenQuestions): string {
  if (open.markers === 0) return '待区民政局确认：没有了，可以发布。';
  return `待区民政局确认：${open.topics.length} 个问题，${open.markers} 处标注，涉及 ${open.pages.length} 个页面。` +
    '用 npm run confirm:sheet 生成《待确认事项征求意见表》。';
}

/** The publish check's refusal, or undefined when nothing awaits confirmation. */
export function publishRefusal(open: OpenQuestions): string | undefined {
  if (open.markers === 0) return undefined;
  const lines = [
    `发布检查未通过：还有 ${open.topics.length} 个问题等待区民政局确认，共 ${open.markers} 处标注，涉及 ${open.pages.length} 个页面。`,
    '',
    ...open.topics.map(({ topic, places }) => `问题${topic.number}　${topic.title}（${topic.id}）\n    出现在：${placeList(places)}`),
  ];
  if (open.unnamed.length > 0) {
    lines.push('', '没有写明问题（或问题 id 不在 content/pending-topics.yaml 中）的标注：');
    lines.push(...open.unnamed.map((marker) => `    ${marker.title}（${marker.url}）：${marker.note || '（没有说明）'}`));
  }
  lines.push(
    '',
    '怎么办：运行 npm run confirm:sheet，把生成的《待确认事项征求意见表》发给区民政局。收到答复后，在 content/ 中把这些问题的',
    'pending 改为 confirmed（写明 date、by、reference），把 <Pending> 改为 <Confirmed>，并按答复修改文字；再运行 npm run build:publish。',
  );
  return lines.join('\n');
}
