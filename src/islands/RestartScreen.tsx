/** @jsxRuntime classic */
/** @jsx h */
/** 重新开始 asks first: clearing every answer cannot be undone from the page. */
import { h } from 'preact';
import type Questionnaire from './Questionnaire';

export default function RestartScreen({ q }: { q: Questionnaire }) {
  const { heading, text, confirm, cancel } = q.props.text.restartConfirm;
  return (
    <section class="q-screen" aria-labelledby="q-heading">
      <h2 id="q-heading" tabIndex={-1} data-focus>{heading}</h2>
      <p>{text}</p>
      <div class="q-actions">
        <button type="button" class="q-button q-secondary" onClick={() => q.confirm(false)}>{cancel}</button>
        <button type="button" class="q-button q-danger" onClick={q.clear}>{confirm}</button>
      </div>
    </section>
  );
}
