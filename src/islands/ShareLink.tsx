/** @jsxRuntime classic */
/** @jsx h */
/**
 * The share link in a read-only field (selected when touched, for copying), how to copy it, and the warning about
 * who sees it. The page's own address is the same link, so the browser's and chat apps' copy and share work too.
 */
import { h } from 'preact';
import type { QuestionnaireData } from '../lib/questionnaire';

export default function ShareLink({ data, url }: { data: QuestionnaireData; url: string }) {
  const { share } = data.text;
  return (
    <section class="q-section q-share q-no-print" aria-labelledby="q-share">
      <h3 id="q-share">{share.heading}</h3>
      <p>{share.intro}</p>
      <p class="q-warning">{share.warning}</p>
      <label for="q-share-url">{share.label}</label>
      <input id="q-share-url" type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} aria-describedby="q-copy-hint" />
      <p id="q-copy-hint">{share.copyHint}</p>
    </section>
  );
}
