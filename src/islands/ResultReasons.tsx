/** @jsxRuntime classic */
/** @jsx h */
/** Why: for each parent, each situation with its rule and documents, the parent's standing, then the conclusion. */
import { h } from 'preact';
import type { Answers, Assessment, Parent } from '../lib/eligibility';
import { PARENTS, forParent, rulePendingOf, type QuestionnaireData } from '../lib/questionnaire';
import PendingNote from './PendingNote';
import Sources from './Sources';

interface Props {
  data: QuestionnaireData;
  answers: Answers;
  assessment: Assessment;
}

export default function ResultReasons({ data, answers, assessment }: Props) {
  const { result } = data.text;
  const { basis } = assessment;
  return (
    <section class="q-section" aria-labelledby="q-why">
      <h3 id="q-why">{result.whyHeading}</h3>
      {answers.childUnder18 && PARENTS.map((parent) => <ParentReasons data={data} parent={parent} assessment={assessment} />)}
      <p class="q-conclusion">
        {!answers.childUnder18 && <strong>{result.ageHeading}：</strong>}
        {result.rules[basis.rule]}
        <Sources data={data} ids={basis.documentIds} />
      </p>
      <PendingNote data={data} pending={rulePendingOf(data.text, basis.rule)} />
    </section>
  );
}

function ParentReasons({ data, parent, assessment }: { data: QuestionnaireData; parent: Parent; assessment: Assessment }) {
  const { result, parents, situations: wording } = data.text;
  const say = (template: string) => forParent(data, template, parent);
  return (
    <div class="q-parent" data-parent={parent} data-standing={assessment.parents[parent]}>
      <h4>
        {parents[parent]}：{result.standings[assessment.parents[parent]]}
      </h4>
      <ul>
        {assessment.reasons[parent].map((reason) => {
          const situation = reason.situation === 'unknown' ? undefined : data.situations[reason.situation];
          return (
            <li data-rule={reason.rule}>
              <strong>{situation ? situation.name : say(wording.unknown)}：</strong>
              {say(result.rules[reason.rule])}
              <Sources data={data} ids={reason.documentIds} />
              <PendingNote data={data} pending={situation && situation.pending} />
            </li>
          );
        })}
      </ul>
      <p>{say(result.rules[assessment.parentRules[parent]])}</p>
    </div>
  );
}
