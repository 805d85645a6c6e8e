/** @jsxRuntime classic */
/** @jsx h */
/**
 * Before the first question: what the questionnaire does, about how long it takes and the privacy promise, short
 * enough for the button to be on a phone's first screen; the rest below it. The same on the server and in the
 * browser, so hydration changes nothing; the button shows only where the script can run (questionnaire.css).
 */
import { h } from 'preact';
import { ask } from '../lib/questionnaire';
import type Questionnaire from './Questionnaire';

export default function StartScreen({ q }: { q: Questionnaire }) {
  const { start } = q.props.text;
  return (
    <section class="q-screen" aria-labelledby="q-heading">
      <h2 id="q-heading" tabIndex={-1} data-focus>{start.heading}</h2>
      <p>{start.lead}</p>
      <p class="q-promise">{start.promise}</p>
      <button type="button" class="q-button q-start" onClick={() => q.go(ask({ kind: 'age' }))}>{start.button}</button>
      {start.intro.map((paragraph) => <p>{paragraph}</p>)}
      <div class="q-box">
        <h3>{start.privacyHeading}</h3>
        <ul>{start.privacy.map((item) => <li>{item}</li>)}</ul>
      </div>
      <p>{start.note}</p>
    </section>
  );
}
