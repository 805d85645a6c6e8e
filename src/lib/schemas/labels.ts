/** What each content collection is, in words for editors' messages (the pending report names entries with it). */
import { z } from 'astro/zod';
import { collectionOf, collectionTable } from './collections';

const LABELS: Record<string, string> = {
  site: '网站设置',
  documents: '政策文件',
  situations: '情形说明',
  standards: '补贴标准',
  procedure: '申请步骤',
  pages: '页面',
  faq: '常见问题',
  glossary: '名词解释',
  questionnaire: '自助判断的文字',
  cases: '培训案例',
  pendingTopics: '待确认问题清单',
  training: '培训资料的文字',
  search: '搜索的词语和提示',
};

const table = collectionTable(new Set(), () => z.string());

/** 'content/glossary.yaml' → 名词解释; undefined for a file of no collection. */
export function contentLabel(file: string): string | undefined {
  const collection = collectionOf(table, file.replace(/^content\//, ''));
  return collection ? LABELS[collection.name as string] : undefined;
}
