/** @jsxRuntime classic */
/** @jsx h */
/**
 * Where to apply: the 街道办事处 of the child's 户籍 and how to find out which one; the offices of
 * content/offices.yaml, each field the bureau has not supplied shown as 暂未公布 (nothing is ever made up).
 */
import { h } from 'preact';
import type { QuestionnaireData } from '../lib/questionnaire';

const FIELDS = ['address', 'window', 'hours', 'phone'] as const;

export default function ResultWhere({ data }: { data: QuestionnaireData }) {
  const { where } = data.text.result;
  return (
    <section class="q-section" aria-labelledby="q-where">
      <h3 id="q-where">{where.heading}</h3>
      <p>{where.text}</p>
      {data.offices.length === 0 ? (
        <p data-offices="empty">{where.noOffices}</p>
      ) : (
        <ul class="q-offices" data-offices>
          {data.offices.map((office) => (
            <li>
              <strong>{office.name || where.notPublished}</strong>：
              {FIELDS.map((field) => `${where.fields[field]}：${office[field] || where.notPublished}`).join('；')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
