/**
 * Hydrates the questionnaire rendered on the server by QuestionnaireIsland.astro (preact-render-to-string), with
 * the text it serialized as JSON beside it. Done here rather than with Astro's client:load, whose island runtime and
 * renderer would add about 2.7 KB gzip to a page whose scripts must stay within 15 KB gzip. Once it has started
 * (hydrate threw nothing), <html data-q-started> tells questionnaire.css to show the island, whose buttons did
 * nothing until now, and to hide the criteria in brief shown to browsers that cannot run it.
 */
import { h, hydrate } from 'preact';
import Questionnaire from './Questionnaire';

const root = document.getElementById('q-root');
const json = document.getElementById('q-data');
if (root && json) {
  hydrate(h(Questionnaire, JSON.parse(json.textContent!)), root);
  document.documentElement.setAttribute('data-q-started', '');
}
