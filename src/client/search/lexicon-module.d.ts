/** The search lexicon compiled from content/ at build time (src/integrations/search-lexicon.ts). */
declare module 'virtual:search-lexicon' {
  const lexicon: import('../../lib/search/lexicon').Lexicon;
  export default lexicon;
}
