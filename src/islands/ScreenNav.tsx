/** @jsxRuntime classic */
/** @jsx h */
/** The line above every screen but the start: 返回上一步 on the left, 重新开始 on the right, far from 继续. */
import { h } from 'preact';
import type Questionnaire from './Questionnaire';

export default function ScreenNav({ q }: { q: Questionnaire }) {
  const { nav } = q.props.text;
  return (
    <div class="q-nav q-no-print">
      <button type="button" class="q-back" onClick={q.back}>{nav.back}</button>
      <button type="button" class="q-link" onClick={() => q.confirm(true)}>{nav.restart}</button>
    </div>
  );
}
