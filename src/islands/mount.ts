/**
 * Hydrates the questionnaire rendered on the server by QuestionnaireIsland.astro, with the text it serialized as
 * JSON beside it. Done here rather than with client:load: Astro's island runtime and renderer would add about
 * 2.7 KB gzip to a page whose scripts must stay within 15 KB gzip.
 */
import { h, hydrate } from 'preact';
import Questionnaire from './Questionnaire';

const root = document.getElementById('q-root');
const json = document.getElementById('q-data')?.textContent;
if (root && json) {
  hydrate(h(Questionnaire, JSON.parse(json)), root);
  // Started (hydrate threw nothing): the criteria in brief, shown for browsers that cannot run it, go.
  for (const fallback of document.querySelectorAll<HTMLElement>('[data-q-fallback]')) fallback.hidden = true;
}
