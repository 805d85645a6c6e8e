/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
/**
 * What matters first on a result: what the child could get (the basic living allowance, by reference to
 * content/standards.yaml, with its note while it awaits confirmation), the one thing to do now, and, when answers
 * of 不清楚 decide the result, how to find out each of them.
 */
import { Fragment, h } from 'preact';
import { fill, forParent, type FindOut, type QuestionnaireData, type ResultKind } from '../lib/questionnaire';
import PendingNote from './PendingNote';

interface Props {
  data: QuestionnaireData;
  kind: ResultKind;
  open: FindOut[]; // the answers that decide the result and are not known yet
}

export default function ResultLead({ data, kind, open }: Props) {
  const { standard, text } = data;
  const { benefit, action, findOut } = text.result;
  const [before, after] = fill(benefit.lines[kind], { name: standard.name }).split('{amount}');
  const step = action[kind];
  const parents = [...new Set(open.map((item) => text.parents[item.parent]))].join('、');
  return (
    <>
      <section class="q-section" aria-labelledby="q-benefit">
        <h3 id="q-benefit">{benefit.heading}</h3>
        <p>
          {before}
          {after !== undefined && <strong class="q-amount">{standard.amount}</strong>}
          {after}
        </p>
        {after !== undefined && <PendingNote data={data} pending={standard.pending} />}
      </section>
      <section class="q-section q-action" aria-labelledby="q-action">
        <h3 id="q-action">{action.heading}</h3>
        <p>{fill(step.text, { parents })}</p>
        <PendingNote data={data} pending={step.pending} />
      </section>
      {open.length > 0 && (
        <section class="q-section" aria-labelledby="q-find-out">
          <h3 id="q-find-out">{findOut.heading}</h3>
          <p>{findOut.intro}</p>
          <ul>
            {open.map((item) => (
              <li data-find-out={item.rule}>
                <strong>
                  {text.parents[item.parent]}：
                  {item.situation === 'unknown' ? forParent(data, text.situations.unknown, item.parent) : data.situations[item.situation].name}
                </strong>
                {' '}
                {forParent(data, findOut.ways[item.rule], item.parent)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
