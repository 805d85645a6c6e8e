/** @jsxRuntime classic */
/** @jsx h */
/** The share link in a read-only field, a copy button (with a manual fallback), and the warning about who sees it. */
import { h } from 'preact';
import type { QuestionnaireData } from '../lib/questionnaire';

interface Props {
  data: QuestionnaireData;
  url: string; // the page's address with the answers in the hash
  copied?: string; // the outcome of the last copy, announced
  onCopy: () => void;
}

export default function ShareLink({ data, url, copied, onCopy }: Props) {
  const { share } = data.text;
  return (
    <section class="q-section q-share q-no-print" aria-labelledby="q-share">
      <h3 id="q-share">{share.heading}</h3>
      <p>{share.intro}</p>
      <p class="q-warning">{share.warning}</p>
      <label for="q-share-url">{share.label}</label>
      <div class="q-share-row">
        <input id="q-share-url" type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" class="q-button q-secondary" onClick={onCopy}>{share.copy}</button>
      </div>
      <p role="status" class="q-status">{copied}</p>
    </section>
  );
}
