/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
/** What would change the result: each single answer that, given differently, gives another initial judgement. */
import { Fragment, h } from 'preact';
import type { Change } from '../lib/eligibility';
import { changeText, type QuestionnaireData } from '../lib/questionnaire';

export default function ResultChanges({ data, changes }: { data: QuestionnaireData; changes: Change[] }) {
  const { result } = data.text;
  const sentences = [...new Set(changes.map((change) => changeText(data, change)).filter((text) => text !== undefined))];
  return (
    <section class="q-section q-no-print" aria-labelledby="q-changes">
      <h3 id="q-changes">{result.changesHeading}</h3>
      {sentences.length > 0 ? (
        <>
          <p>{result.changesIntro}</p>
          <ul class="q-changes">{sentences.map((sentence) => <li>{sentence}</li>)}</ul>
        </>
      ) : (
        <p>{result.noChanges}</p>
      )}
    </section>
  );
}
