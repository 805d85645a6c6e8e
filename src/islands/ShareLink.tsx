/** @jsxRuntime classic */
/** @jsx h */
/**
 * The share link in a read-only field (selected when touched), a 复制链接 button with a word on how it went, how else
 * to copy it, and the warning about who sees it. The page's own address is the same link, so the browser's and chat
 * apps' copy and share work too.
 */
import { h } from 'preact';
import type Questionnaire from './Questionnaire';

export default function ShareLink({ q, url }: { q: Questionnaire; url: string }) {
  const { share } = q.props.text;
  return (
    <section class="q-section q-share q-no-print" aria-labelledby="q-share">
      <h3 id="q-share">{share.heading}</h3>
      <p>{share.intro}</p>
      <p class="q-warning">{share.warning}</p>
      <label for="q-share-url">{share.label}</label>
      <div class="q-share-row">
        <input id="q-share-url" type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} aria-describedby="q-copy-hint" />
        <button type="button" class="q-button q-secondary" onClick={() => q.copy(url)}>{share.copy}</button>
      </div>
      <p role="status" class="q-status">{q.state.copied}</p>
      <p id="q-copy-hint">{share.copyHint}</p>
    </section>
  );
}
