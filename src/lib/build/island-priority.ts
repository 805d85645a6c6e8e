/**
 * The questionnaire's module script at low fetch priority. Its first screen is in the HTML already, so the page can
 * be drawn before the script arrives; at the default (high) priority a browser fetches the script's 14 KB beside the
 * stylesheets and draws later on a slow network. Browsers without fetch priorities (Chrome 69, Safari 12) ignore the
 * attribute. Astro processes only <script> elements without attributes, hence this step on the built HTML.
 */

/** The island's script: the first module script after the questionnaire's data (QuestionnaireIsland.astro). */
const ISLAND_SCRIPT = /(<script type="application\/json" id="q-data">[\s\S]*?<\/script>\s*<script type="module")(?= src=)/;

/** The page with the questionnaire's script fetched at low priority; other pages unchanged. */
export function lowerIslandPriority(html: string): string {
  return html.replace(ISLAND_SCRIPT, '$1 fetchpriority="low"');
}
