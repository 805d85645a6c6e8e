/** Before the first question: what the questionnaire does, how long it takes, and the privacy promise. */
import type { QuestionnaireData } from '../lib/questionnaire';

interface Props {
  data: QuestionnaireData;
  ready: boolean; // false until hydrated: without JavaScript there is no button that would do nothing
  onStart: () => void;
}

export default function StartScreen({ data, ready, onStart }: Props) {
  const { start } = data.text;
  return (
    <section class="q-screen" aria-labelledby="q-heading">
      <h2 id="q-heading" tabIndex={-1} data-focus>{start.heading}</h2>
      {start.intro.map((paragraph) => <p>{paragraph}</p>)}
      <div class="q-box">
        <h3>{start.privacyHeading}</h3>
        <ul>{start.privacy.map((item) => <li>{item}</li>)}</ul>
      </div>
      <p>{start.note}</p>
      {ready && <button type="button" class="q-button" onClick={onStart}>{start.button}</button>}
    </section>
  );
}
