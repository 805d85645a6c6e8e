/**
 * The only imports a content file may have: the two components that bring their own stylesheet and are therefore
 * imported by the one page that uses them (so other pages do not load their CSS). Every other component is given to
 * MDX pages without an import (src/components/mdx-components.ts). An MDX import or export runs code on the machine
 * that builds the site, so nothing else may be imported: see src/lib/guard/content-source.ts.
 */
export const IMPORTABLE_COMPONENTS: Readonly<Record<string, string>> = {
  QuestionnaireIsland: 'src/components/QuestionnaireIsland.astro', // the questionnaire (content/pages/ziping.mdx)
  CaseList: 'src/components/training/CaseList.astro', // the case library (content/pages/peixun.mdx)
};
