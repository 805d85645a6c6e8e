/**
 * The questionnaire's route, read like the flow: "question: 父亲的情况, answer: 服刑在押 → next: 父亲的刑期".
 * Then progress, the review rows, validation, back, 修改, and the conversions to and from the engine's answers.
 */
import { describe, expect, it } from 'vitest';
import { assess, encodeAnswersForTest } from './engine';
import {
  answerText,
  answersOf,
  changeText,
  draftOf,
  errorText,
  hintOf,
  legendOf,
  optionHint,
  progressOf,
  progressText,
  questionScreens,
  reviewLabelOf,
  reviewRows,
  screenId,
  toggle,
  validateScreen,
  type Screen,
} from '../../../src/lib/questionnaire';
import { Walk, data, keysFor } from './helpers';

const AGE = '孩子现在未满18周岁吗？';
const FATHER = '孩子的父亲现在是什么情况？';
const MOTHER = '孩子的母亲现在是什么情况？';
const REVIEW = '核对答案';
const under18 = () => new Walk().answer('未满18周岁');

describe('the route through the questions', () => {
  it('starts with the child’s age', () => expect(new Walk().question).toBe(AGE));

  it('age: 未满18周岁 → next: 父亲的情况', () => expect(under18().question).toBe(FATHER));

  it('age: 已满18周岁 → next: 核对答案 (the parents cannot change the result)', () =>
    expect(new Walk().answer('已满18周岁').question).toBe(REVIEW));

  it('父亲的情况: 服刑在押 → next: 父亲现在被关押，刑期或羁押期在6个月以上吗？ → next: 母亲的情况', () => {
    const walk = under18().answer(['服刑在押']);
    expect(walk.question).toBe('父亲现在被关押，刑期或羁押期在6个月以上吗？');
    expect(walk.answer('是，6个月以上').question).toBe(MOTHER);
  });

  it('父亲的情况: 以上都没有 → next: 母亲的情况, no follow-up', () =>
    expect(under18().answer('以上都没有').question).toBe(MOTHER));

  it('父亲的情况: 不清楚 → next: 母亲的情况, no follow-up', () =>
    expect(under18().answer('不清楚父亲的情况').question).toBe(MOTHER));

  it('父亲的情况: 死亡, 失踪 or 被撤销监护资格 → no follow-up', () => {
    for (const situation of ['死亡', '失踪', '被撤销监护资格']) expect(under18().answer([situation]).question).toBe(MOTHER);
  });

  it('母亲的情况: 重残 → 残疾等级; 一级 → 核对答案 (the type is not asked)', () => {
    const walk = under18().answer('以上都没有').answer(['重残']);
    expect(walk.question).toBe('母亲的残疾人证上，残疾等级是几级？');
    expect(walk.answer('一级').question).toBe(REVIEW);
  });

  it('重残: 三级 → next: 残疾类别; 不清楚 → the type is not asked', () => {
    expect(under18().answers(['重残'], '三级').question).toBe('父亲的残疾类别是什么？');
    expect(under18().answers(['重残'], '不清楚').question).toBe(MOTHER);
  });

  it('重病 → 是否在当地规定的重病范围内', () =>
    expect(under18().answer(['重病']).question).toBe('父亲患的病，在当地规定的重病范围内吗？'));

  it('强制隔离戒毒 and 其他限制人身自由的措施 → their six months', () => {
    expect(under18().answer(['强制隔离戒毒']).question).toBe('父亲强制隔离戒毒的期限在6个月以上吗？');
    expect(under18().answer(['被执行其他限制人身自由的措施']).question).toBe('对父亲采取的限制人身自由的措施，期限在6个月以上吗？');
  });

  it('失联 → 满6个月了吗 (the condition); 已满6个月 or 不清楚 → 报案了吗 (the proof); 还不满6个月 → 母亲的情况', () => {
    const sixMonths = under18().answer(['失联']);
    expect(sixMonths.question).toBe('父亲联系不上、也不管孩子，已满6个月了吗？');
    expect(sixMonths.answer('已满6个月').question).toBe('家人已经到派出所报案，请求查找父亲了吗？');
    expect(under18().answers(['失联'], '不清楚').question).toBe('家人已经到派出所报案，请求查找父亲了吗？');
    expect(under18().answers(['失联'], '还不满6个月').question).toBe(MOTHER);
  });

  it('被遣送（驱逐）出境 → 出境以后还在抚养孩子吗', () =>
    expect(under18().answer(['被遣送（驱逐）出境']).question).toBe('父亲出境以后，还在抚养孩子吗？'));

  it('several situations: their follow-ups in the order of the list, then the other parent', () => {
    const walk = under18().answers(['服刑在押', '重残'], '四级', '精神残疾', '不清楚');
    expect(walk.visited).toEqual([
      AGE,
      FATHER,
      '父亲的残疾人证上，残疾等级是几级？',
      '父亲的残疾类别是什么？',
      '父亲现在被关押，刑期或羁押期在6个月以上吗？',
    ]);
    expect(walk.question).toBe(MOTHER);
  });

  it('a complete run gives the engine its answers', () => {
    const walk = under18().answers(['服刑在押'], '是，6个月以上', ['死亡']);
    expect(walk.question).toBe(REVIEW);
    expect(walk.answersForEngine).toEqual({
      childUnder18: true,
      father: [{ kind: 'imprisoned', sixMonthsOrMore: true }],
      mother: [{ kind: 'deceased' }],
    });
    expect(assess(walk.answersForEngine).outcome).toBe('eligible');
  });

  it('questions not asked reach the engine as 不清楚 (null): grade 1 has no type, under six months has no report', () => {
    const walk = under18().answers(['重残'], '二级', ['失联'], '还不满6个月');
    expect(walk.answersForEngine).toEqual({
      childUnder18: true,
      father: [{ kind: 'severe_disability', grade: 2, type: null }],
      mother: [{ kind: 'lost_contact', reportedToPolice: null, sixMonthsOrMore: false }],
    });
  });

  it('失联 满6个月, not reported yet → 可能符合, and the first thing to do is to report it', () => {
    const walk = under18().answers(['失联'], '已满6个月', '还没有报案', ['死亡']);
    const result = assess(walk.answersForEngine!);
    expect(result.outcome).toBe('possibly_eligible');
    expect(result.nextSteps[0]).toBe('report_lost_contact_to_police');
  });

  it('残疾类别: 多重残疾 counts as 不清楚 for the rules, and is remembered as 多重残疾 on the screen', () => {
    const walk = under18().answers(['重残'], '三级', '多重残疾（有两类以上的残疾）');
    expect(walk.answersForEngine).toBeUndefined();
    const back = walk.back();
    expect(back.question).toBe('父亲的残疾类别是什么？');
    expect(back.chosen).toEqual(['multiple']);
    const done = back.answer('多重残疾（有两类以上的残疾）').answer('以上都没有');
    expect(done.answersForEngine?.father).toEqual([{ kind: 'severe_disability', grade: 3, type: null }]);
  });

  it('an unfinished run has no answers for the engine', () => {
    expect(under18().answersForEngine).toBeUndefined();
    expect(under18().answer(['服刑在押']).answersForEngine).toBeUndefined();
  });
});

describe('back', () => {
  it('母亲的情况 ← 父亲’s last follow-up ← 父亲的情况 ← 年龄 ← the start (undefined)', () => {
    const walk = under18().answers(['服刑在押'], '是，6个月以上');
    expect(walk.question).toBe(MOTHER);
    expect(walk.back().question).toBe('父亲现在被关押，刑期或羁押期在6个月以上吗？');
    expect(walk.back().question).toBe(FATHER);
    expect(walk.back().question).toBe(AGE);
    expect(walk.back().screen).toBeUndefined();
  });

  it('going back keeps the answers: continuing shows the next question again', () => {
    const walk = under18().answers(['服刑在押'], '是，6个月以上').back().back();
    expect(walk.answer(['服刑在押']).question).toBe('父亲现在被关押，刑期或羁押期在6个月以上吗？');
    expect(walk.answersForEngine).toBeUndefined(); // the mother is still unanswered
    expect(walk.answer('是，6个月以上').question).toBe(MOTHER);
  });
});

describe('修改 from the review', () => {
  const done = () => under18().answers(['服刑在押'], '是，6个月以上', '以上都没有');

  it('changing an answer with no new follow-up returns straight to the review', () => {
    const walk = done().change({ kind: 'situations', parent: 'mother' }).answer(['死亡']);
    expect(walk.question).toBe(REVIEW);
    expect(assess(walk.answersForEngine).outcome).toBe('eligible');
  });

  it('adding a situation asks only its new follow-ups, then the review', () => {
    const walk = done().change({ kind: 'situations', parent: 'father' }).answer(['服刑在押', '重残']);
    expect(walk.question).toBe('父亲的残疾人证上，残疾等级是几级？');
    expect(walk.answer('一级').question).toBe(REVIEW);
  });

  it('unticking a situation removes its follow-ups from the route, the review and the answers', () => {
    const walk = under18().answers(['服刑在押', '重残'], '一级', '不清楚', ['死亡']);
    walk.change({ kind: 'situations', parent: 'father' }).answer(['服刑在押']);
    expect(walk.question).toBe(REVIEW);
    expect(questionScreens(walk.draft).map(screenId)).toEqual(['age', 'father', 'father-imprisoned-sixMonthsOrMore', 'mother']);
    expect(walk.answersForEngine!.father).toEqual([{ kind: 'imprisoned', sixMonthsOrMore: null }]);
  });

  it('changing the age to 已满18周岁 goes to the review; back to 未满18周岁 brings the parents’ answers back', () => {
    const walk = done().change({ kind: 'age' }).answer('已满18周岁');
    expect(walk.question).toBe(REVIEW);
    expect(reviewRows(walk.draft)).toHaveLength(1);
    walk.change({ kind: 'age' }).answer('未满18周岁');
    expect(walk.question).toBe(REVIEW);
    expect(reviewRows(walk.draft)).toHaveLength(4);
  });
});

describe('progress by part', () => {
  const at = (walk: Walk) => progressText(data, progressOf(walk.draft, walk.screen ?? 'review'));

  it('年龄 1/4, 父亲 2/4 (also on his follow-ups), 母亲 3/4, 核对答案 4/4', () => {
    const walk = new Walk();
    expect(at(walk)).toBe('第1部分，共4部分：孩子的年龄');
    expect(at(walk.answer('未满18周岁'))).toBe('第2部分，共4部分：父亲的情况');
    expect(at(walk.answer(['服刑在押']))).toBe('第2部分，共4部分：父亲的情况');
    expect(at(walk.answer('不清楚'))).toBe('第3部分，共4部分：母亲的情况');
    expect(at(walk.answer('以上都没有'))).toBe('第4部分，共4部分：核对答案');
  });

  it('已满18周岁: two parts, 年龄 and 核对答案', () =>
    expect(at(new Walk().answer('已满18周岁'))).toBe('第2部分，共2部分：核对答案'));
});

describe('the review rows', () => {
  it('every question asked, its label and the answer in the family’s words', () => {
    const walk = under18().answers(['重残', '服刑在押'], '三级', '智力残疾', '不清楚', '不清楚母亲的情况');
    const rows = reviewRows(walk.draft).map(({ screen, keys }) => `${reviewLabelOf(data, screen)}：${answerText(data, screen, keys)}`);
    expect(rows).toEqual([
      '孩子的年龄：未满18周岁',
      '父亲的情况：重残、服刑在押',
      '父亲的残疾等级：三级',
      '父亲的残疾类别：智力残疾',
      '父亲的刑期或羁押期是否在6个月以上：不清楚',
      '母亲的情况：不清楚母亲的情况',
    ]);
  });

  it('以上都没有 is shown as such', () => {
    const rows = reviewRows(under18().answers('以上都没有', '以上都没有').draft);
    expect(answerText(data, rows[1].screen, rows[1].keys)).toBe('以上都没有');
  });
});

describe('validation of a screen', () => {
  const father: Screen = { kind: 'situations', parent: 'father' };
  const grade: Screen = { kind: 'detail', parent: 'mother', situation: 'severe_disability', field: 'grade' };

  it('nothing chosen → the question’s own message', () => {
    expect(validateScreen({ kind: 'age' }, [])).toBe('required');
    expect(errorText(data, { kind: 'age' }, 'required')).toBe('请选择孩子是否未满18周岁。');
    expect(validateScreen(father, [])).toBe('required');
    expect(errorText(data, father, 'required')).toContain('请选择父亲的情况');
    expect(validateScreen(grade, [])).toBe('required');
    expect(errorText(data, grade, 'required')).toBe('请选择一项。不知道的，请选“不清楚”。');
  });

  it('以上都没有 or 不清楚 together with a situation → exclusive', () => {
    expect(validateScreen(father, keysFor(father, ['以上都没有', '服刑在押']))).toBe('exclusive');
    expect(validateScreen(father, keysFor(father, ['以上都没有', '不清楚父亲的情况']))).toBe('exclusive');
    expect(errorText(data, father, 'exclusive')).toContain('只能单独选择');
  });

  it('several situations, or one answer, are accepted; keys a screen does not offer are not answers', () => {
    expect(validateScreen(father, keysFor(father, ['重残', '重病', '失联']))).toBeUndefined();
    expect(validateScreen(grade, keysFor(grade, '四级'))).toBeUndefined();
    expect(validateScreen(grade, ['5'])).toBe('required');
    expect(validateScreen(grade, ['1', '2'])).toBe('exclusive');
  });

  it('ticking 以上都没有 unticks the situations, and ticking a situation unticks 以上都没有', () => {
    expect(toggle(['imprisoned', 'severe_disability'], 'none', true)).toEqual(['none']);
    expect(toggle(['none'], 'imprisoned', true)).toEqual(['imprisoned']);
    expect(toggle(['unknown'], 'none', true)).toEqual(['none']);
    expect(toggle(['imprisoned', 'deceased'], 'imprisoned', false)).toEqual(['deceased']);
  });
});

describe('wording of every screen', () => {
  it('every question a family can meet has a legend and a hint, with {parent} filled in', () => {
    const walk = under18().answers(
      ['重残', '重病', '服刑在押', '强制隔离戒毒', '被执行其他限制人身自由的措施', '失联', '被遣送（驱逐）出境'],
      '三级', '其他类别（肢体、视力、听力、言语等）', '不清楚', '不清楚', '不清楚', '不清楚', '已满6个月', '不清楚', '不清楚',
    );
    const screens = questionScreens(walk.draft);
    expect(screens).toHaveLength(12); // age, father + 10 follow-ups, mother
    for (const screen of screens) {
      expect(hintOf(data, screen).length).toBeGreaterThan(4);
      expect(`${legendOf(data, screen)}${hintOf(data, screen)}${reviewLabelOf(data, screen)}`).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('share links: engine answers → the questionnaire’s answers', () => {
  it('round trip: a finished run → answers → draft → the same answers', () => {
    const walk = under18().answers(['重残', '失联'], '四级', '精神残疾', '已满6个月', '已经报案', ['死亡']);
    const draft = draftOf(walk.answersForEngine!);
    expect(answersOf(draft!)).toEqual(walk.answersForEngine);
  });

  it('situations in any order are put in list order; answers the questionnaire does not ask are dropped', () => {
    const draft = draftOf({
      childUnder18: true,
      father: [{ kind: 'imprisoned', sixMonthsOrMore: true }, { kind: 'severe_disability', grade: 1, type: 'mental' }],
      mother: [{ kind: 'lost_contact', reportedToPolice: true, sixMonthsOrMore: false }],
    });
    expect(answersOf(draft!)).toEqual({
      childUnder18: true,
      father: [{ kind: 'severe_disability', grade: 1, type: null }, { kind: 'imprisoned', sixMonthsOrMore: true }],
      mother: [{ kind: 'lost_contact', reportedToPolice: null, sixMonthsOrMore: false }],
    });
  });

  it('the same situation twice for one parent cannot be shown: no draft', () =>
    expect(
      draftOf({ childUnder18: true, father: [{ kind: 'deceased' }, { kind: 'deceased' }], mother: [] }),
    ).toBeUndefined());

  it('18 or older: only the age is kept', () =>
    expect(answersOf(draftOf({ childUnder18: false, father: [{ kind: 'deceased' }], mother: [] })!)).toEqual({
      childUnder18: false,
      father: [],
      mother: [],
    }));

  it('encodes the same whichever way it was reached', () => {
    const walk = under18().answers(['服刑在押'], '是，6个月以上', ['死亡']);
    expect(encodeAnswersForTest(answersOf(draftOf(walk.answersForEngine!)!)!)).toBe(encodeAnswersForTest(walk.answersForEngine!));
  });
});

describe('what would change the result, as sentences', () => {
  it('possibly eligible: knowing the term and the illness list', () => {
    const walk = under18().answers(['服刑在押'], '不清楚', ['死亡']);
    const sentences = assess(walk.answersForEngine).changes.map((change) => changeText(data, change));
    expect(sentences).toContain('如果父亲的刑期或羁押期在6个月以上，初步判断会是“符合”。');
    expect(sentences).toContain('如果父亲的刑期或羁押期不满6个月，初步判断会是“暂不符合”。');
    expect(sentences).toContain('如果孩子已满18周岁，初步判断会是“暂不符合”。');
  });

  it('a change to 不清楚 is never offered as advice', () => {
    const walk = under18().answers(['服刑在押'], '是，6个月以上', ['死亡']);
    const changes = assess(walk.answersForEngine).changes;
    expect(changes.some((change) => change.to === null)).toBe(true);
    expect(changes.filter((change) => change.to === null).map((change) => changeText(data, change))).toEqual([undefined]);
  });
});

describe('the glossary feeds the situation hints', () => {
  const fatherSituations: Screen = { kind: 'situations', parent: 'father' };
  it('服刑在押: the hint ends with the words families use (坐牢, 判刑 from content/glossary.yaml)', () => {
    const hint = optionHint(data, fatherSituations, 'imprisoned') ?? '';
    expect(hint).toContain(data.text.situations.optionHints.imprisoned);
    expect(hint).toMatch(/也常说：.*坐牢.*判刑/);
  });
  it('失联: 联系不上 is named in its hint', () => expect(optionHint(data, fatherSituations, 'lost_contact')).toContain('联系不上'));
  it('以上都没有 keeps its own hint without everyday words', () =>
    expect(optionHint(data, fatherSituations, 'none')).not.toContain('也常说'));
});
