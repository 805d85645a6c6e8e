/** @jsxRuntime classic */
/** @jsx h */
/** What to prepare: the general items and, for each deciding situation, the proof usually asked for. */
import { h } from 'preact';
import type { Assessment } from '../lib/eligibility';
import { fill, type QuestionnaireData } from '../lib/questionnaire';
import PendingNote from './PendingNote';

export default function ResultChecklist({ data, materials }: { data: QuestionnaireData; materials: Assessment['materials'] }) {
  const { result } = data.text;
  if (materials.general.length + materials.proofs.length === 0) return null;
  return (
    <section class="q-section" aria-labelledby="q-prepare">
      <h3 id="q-prepare">{result.prepareHeading}</h3>
      <p>{result.prepareIntro}</p>
      <ul class="q-checklist">
        {materials.general.map((item) => <li data-material={item}>{result.materials[item]}</li>)}
        {materials.proofs.map((kind) => {
          const situation = data.situations[kind];
          return (
            <li data-proof={kind}>
              {fill(result.proofs.label, { situation: situation.name })}
              {situation.proof.join('；')}
            </li>
          );
        })}
      </ul>
      {materials.proofs.length > 0 && <PendingNote data={data} pending={result.proofs.pending} />}
    </section>
  );
}
