/** @jsxRuntime classic */
/** @jsx h */
/**
 * Printed above the result only: the site's name, the date, the site's address, and the answers as a short list
 * (the questions and the options chosen: never a name or a number of any person).
 */
import { h } from 'preact';
import { answerText, fill, reviewLabelOf, reviewRows, type Draft, type QuestionnaireData } from '../lib/questionnaire';

export default function PrintHead({ data, draft }: { data: QuestionnaireData; draft: Draft }) {
  const { print } = data.text.result;
  const now = new Date();
  return (
    <div class="q-print-only q-print-head">
      <p>
        <strong>{data.site.name}</strong> {fill(print.date, { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() })} {fill(print.address, { url: location.origin + data.site.home })}
      </p>
      <p class="q-print-answers">
        <strong>{print.answers}：</strong>
        {reviewRows(draft).map(({ screen, keys }) => (
          <span>
            {reviewLabelOf(data, screen)}：{answerText(data, screen, keys)}；
          </span>
        ))}
      </p>
    </div>
  );
}
