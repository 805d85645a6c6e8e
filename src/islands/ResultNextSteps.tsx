/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
/** Where to go and who helps, in the engine's order, each with a link to the page that explains more. */
import { Fragment, h } from 'preact';
import type { NextStep } from '../lib/eligibility';
import type { QuestionnaireData } from '../lib/questionnaire';
import PendingNote from './PendingNote';

export default function ResultNextSteps({ data, steps }: { data: QuestionnaireData; steps: NextStep[] }) {
  const { result } = data.text;
  return (
    <section class="q-section" aria-labelledby="q-next">
      <h3 id="q-next">{result.nextHeading}</h3>
      <ol class="q-steps">
        {steps.map((key) => {
          const step = result.nextSteps[key];
          return (
            <li data-step={key}>
              {step.text}
              {step.link && (
                <>
                  {' '}
                  <a href={data.links[step.link.path] || step.link.path}>{step.link.label}</a>
                </>
              )}
              <PendingNote data={data} pending={step.pending} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
