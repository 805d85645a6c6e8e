/**
 * What kind of page a search result is, in the words of the search page's filter. Pages are tagged with
 * data-pagefind-filter="kind:<label>"; kinds without a label (home, about) are found only under 全部.
 */

/** Page kinds: the values of the `kind` field of content/pages frontmatter (the schema's enum is this list). */
export const PAGE_KINDS = ['home', 'guide', 'policy', 'faq', 'glossary', 'help', 'about', 'training'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The filter name Pagefind indexes the labels under. */
export const KIND_FILTER = 'kind';

/** Each page kind's label in the search filter; undefined = not offered as a filter. */
export const KIND_LABELS: Record<PageKind, string | undefined> = {
  guide: '办事指南',
  help: '办事指南',
  policy: '政策文件',
  faq: '常见问题',
  glossary: '名词解释',
  training: '培训案例',
  home: undefined,
  about: undefined,
};

/** The order the search page offers the filters in (labels that no page carries yet are left out at run time). */
export const KIND_ORDER: readonly string[] = ['办事指南', '政策文件', '常见问题', '培训案例', '名词解释'];

/** The data-pagefind-filter attribute value for a page kind, or undefined when it has no label. */
export function kindFilterAttribute(kind: PageKind): string | undefined {
  const label = KIND_LABELS[kind];
  return label ? `${KIND_FILTER}:${label}` : undefined;
}
