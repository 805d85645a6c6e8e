/**
 * The questionnaire's route, read like the flow: "question: father, answer: imprisoned → next:
 * father-imprisoned-sixMonthsOrMore". Then progress, the review rows, validation (contradictions cannot be built),
 * back, 修改, the positions of the history, and the conversions to and from the engine's answers. Questions and
 * answers are named by their keys; every word compared comes from content/ (through the helpers' data).
 */
import { describe, expect, it } from 'vitest';
import { assess, encodeAnswersForTest } from './engine';
import {
  START,
  answerText,
  answersOf,
  applyChoice,
  ask,
  changeText,
  draftOf,
  emptyDraft,
  errorText,
  fill,
  forParent,
  hintOf,
  legendOf,
  optionGroups,
  optionHint,
  optionLabel,
  optionsOf,
  positionKey,
  previousPosition,
  progressOf,
  progressText,
  questionScreens,
  reviewLabelOf,
  reviewRows,
  screenId,
  settle,
  toggle,
  validateScreen,
  type Screen,
} from '../../../src/lib/questionnaire';
import { PICKABLE_KINDS } from '../../../src/lib/questionnaire/values';
import { readContent } from '../../support/content';
import { Walk, data } from './helpers';

const { text } = data;
const FATHER: Screen = { kind: 'situations', parent: 'father' };
const MOTHER: Screen = { kind: 'situations', parent: 'mother' };
const detail = (parent: 'father' | 'mother', situation: string, field: string) =>
  ({ kind: 'detail', parent, situation, field }) as Screen;
const under18 = () => new Walk().answer('yes');

describe('the route through the questions', () => {
  it('starts with the child’s age', () => expect(new Walk().at).toBe('age'));

  it('age: under 18 → next: the father’s situations', () => expect(under18().at).toBe('father'));

  it('age: 18 or older → next: the review (the parents cannot change the result)', () =>
    expect(new Walk().answer('no').at).toBe('review'));

  it('father: imprisoned → next: its six months → next: the mother', () => {
    const walk = under18().answer(['imprisoned']);
    expect(walk.at).toBe('father-imprisoned-sixMonthsOrMore');
    expect(walk.answer('yes').at).toBe('mother');
  });

  it('father: none, or not known → next: the mother, no follow-up', () => {
    expect(under18().answer('none').at).toBe('mother');
    expect(under18().answer('unknown').at).toBe('mother');
  });

  it('father: deceased, missing or guardianship revoked → no follow-up', () => {
    for (const situation of ['deceased', 'missing', 'guardianship_revoked']) expect(under18().answer([situation]).at).toBe('mother');
  });

  it('mother: severe disability → its grade; grade 1 → the review (the type is not asked)', () => {
    const walk = under18().answer('none').answer(['severe_disability']);
    expect(walk.at).toBe('mother-severe_disability-grade');
    expect(walk.answer('1').at).toBe('review');
  });

  it('severe disability: grade 3 → its type; grade not known → the type is not asked', () => {
    expect(under18().answers(['severe_disability'], '3').at).toBe('father-severe_disability-type');
    expect(under18().answers(['severe_disability'], 'unknown').at).toBe('mother');
  });

  it('serious illness, compulsory rehab, restricted, deported: their one follow-up', () => {
    expect(under18().answer(['serious_illness']).at).toBe('father-serious_illness-onLocalList');
    expect(under18().answer(['compulsory_rehab']).at).toBe('father-compulsory_rehab-sixMonthsOrMore');
    expect(under18().answer(['restricted']).at).toBe('father-restricted-sixMonthsOrMore');
    expect(under18().answer(['deported']).at).toBe('father-deported-supportsChild');
  });

  it('lost contact → six months first (the condition); yes or not known → the police report (its proof); no → the mother', () => {
    const sixMonths = under18().answer(['lost_contact']);
    expect(sixMonths.at).toBe('father-lost_contact-sixMonthsOrMore');
    expect(sixMonths.answer('yes').at).toBe('father-lost_contact-reportedToPolice');
    expect(under18().answers(['lost_contact'], 'unknown').at).toBe('father-lost_contact-reportedToPolice');
    expect(under18().answers(['lost_contact'], 'no').at).toBe('mother');
  });

  it('several situations: their follow-ups in the order of the list, then the other parent', () => {
    const walk = under18().answers(['imprisoned', 'severe_disability'], '4', 'mental', 'unknown');
    expect(walk.visited).toEqual([
      'age',
      'father',
      'father-severe_disability-grade',
      'father-severe_disability-type',
      'father-imprisoned-sixMonthsOrMore',
    ]);
    expect(walk.at).toBe('mother');
  });

  it('a complete run gives the engine its answers', () => {
    const walk = under18().answers(['imprisoned'], 'yes', ['deceased']);
    expect(walk.at).toBe('review');
    expect(walk.answersForEngine).toEqual({
      childUnder18: true,
      father: [{ kind: 'imprisoned', sixMonthsOrMore: true }],
      mother: [{ kind: 'deceased' }],
    });
    expect(assess(walk.answersForEngine).outcome).toBe('eligible');
  });

  it('questions not asked reach the engine as 不清楚 (null): grade 2 has no type, under six months has no report', () => {
    const walk = under18().answers(['severe_disability'], '2', ['lost_contact'], 'no');
    expect(walk.answersForEngine).toEqual({
      childUnder18: true,
      father: [{ kind: 'severe_disability', grade: 2, type: null }],
      mother: [{ kind: 'lost_contact', reportedToPolice: null, sixMonthsOrMore: false }],
    });
  });

  it('lost contact six months, not reported yet → possibly eligible, and the first thing to do is to report it', () => {
    const result = assess(under18().answers(['lost_contact'], 'yes', 'no', ['deceased']).answersForEngine);
    expect(result.outcome).toBe('possibly_eligible');
    expect(result.nextSteps[0]).toBe('report_lost_contact_to_police');
  });

  it('disability type: 多重残疾 counts as not known for the rules, and is remembered as 多重残疾 on the screen', () => {
    const walk = under18().answers(['severe_disability'], '3', 'multiple');
    expect(walk.answersForEngine).toBeUndefined();
    const back = walk.back();
    expect(back.at).toBe('father-severe_disability-type');
    expect(back.chosen).toEqual(['multiple']);
    const done = back.answer('multiple').answer('none');
    expect(done.answersForEngine?.father).toEqual([{ kind: 'severe_disability', grade: 3, type: null }]);
  });

  it('an unfinished run has no answers for the engine', () => {
    expect(under18().answersForEngine).toBeUndefined();
    expect(under18().answer(['imprisoned']).answersForEngine).toBeUndefined();
  });
});

describe('back', () => {
  it('mother ← the father’s last follow-up ← father ← age ← the start (undefined)', () => {
    const walk = under18().answers(['imprisoned'], 'yes');
    expect(walk.at).toBe('mother');
    expect(walk.back().at).toBe('father-imprisoned-sixMonthsOrMore');
    expect(walk.back().at).toBe('father');
    expect(walk.back().at).toBe('age');
    expect(walk.back().screen).toBeUndefined();
  });

  it('going back keeps the answers: continuing shows the next question again', () => {
    const walk = under18().answers(['imprisoned'], 'yes').back().back();
    expect(walk.chosen).toEqual(['imprisoned']);
    expect(walk.answer(['imprisoned']).at).toBe('father-imprisoned-sixMonthsOrMore');
    expect(walk.answersForEngine).toBeUndefined(); // the mother is still unanswered
    expect(walk.answer('yes').at).toBe('mother');
  });
});

describe('修改 from the review', () => {
  const done = () => under18().answers(['imprisoned'], 'yes', 'none');

  it('changing an answer with no new follow-up returns straight to the review', () => {
    const walk = done().change(MOTHER).answer(['deceased']);
    expect(walk.at).toBe('review');
    expect(assess(walk.answersForEngine).outcome).toBe('eligible');
  });

  it('adding a situation asks only its new follow-ups, then the review', () => {
    const walk = done().change(FATHER).answer(['imprisoned', 'severe_disability']);
    expect(walk.at).toBe('father-severe_disability-grade');
    expect(walk.answer('1').at).toBe('review');
  });

  it('unticking a situation removes its follow-ups from the route, the review and the answers', () => {
    const walk = under18().answers(['imprisoned', 'severe_disability'], '1', 'unknown', ['deceased']);
    walk.change(FATHER).answer(['imprisoned']);
    expect(walk.at).toBe('review');
    expect(questionScreens(walk.draft).map(screenId)).toEqual(['age', 'father', 'father-imprisoned-sixMonthsOrMore', 'mother']);
    expect(walk.answersForEngine!.father).toEqual([{ kind: 'imprisoned', sixMonthsOrMore: null }]);
  });

  it('changing the age to 18 or older goes to the review; back to under 18 brings the parents’ answers back', () => {
    const walk = done().change({ kind: 'age' }).answer('no');
    expect(walk.at).toBe('review');
    expect(reviewRows(walk.draft)).toHaveLength(1);
    walk.change({ kind: 'age' }).answer('yes');
    expect(walk.at).toBe('review');
    expect(reviewRows(walk.draft)).toHaveLength(4);
  });
});

describe('progress by part', () => {
  const at = (walk: Walk) => progressOf(walk.draft, walk.screen ?? 'review');

  it('age 1/4, father 2/4 (also on his follow-ups), mother 3/4, review 4/4', () => {
    const walk = new Walk();
    expect(at(walk)).toEqual({ current: 1, total: 4, section: 'age' });
    expect(at(walk.answer('yes'))).toEqual({ current: 2, total: 4, section: 'father' });
    expect(at(walk.answer(['imprisoned']))).toEqual({ current: 2, total: 4, section: 'father' });
    expect(at(walk.answer('unknown'))).toEqual({ current: 3, total: 4, section: 'mother' });
    expect(at(walk.answer('none'))).toEqual({ current: 4, total: 4, section: 'review' });
  });

  it('18 or older: two parts, age and review', () =>
    expect(at(new Walk().answer('no'))).toEqual({ current: 2, total: 2, section: 'review' }));

  it('the line says it in content’s words', () =>
    expect(progressText(data, { current: 2, total: 4, section: 'father' })).toBe(
      fill(text.progress.template, { current: 2, total: 4, section: text.progress.sections.father }),
    ));
});

describe('the review rows', () => {
  it('every question asked, its label and the answer as the options say it', () => {
    const walk = under18().answers(['severe_disability', 'imprisoned'], '3', 'intellectual', 'unknown', 'unknown');
    const rows = reviewRows(walk.draft).map(({ screen, keys }) => [reviewLabelOf(data, screen), answerText(data, screen, keys)]);
    const say = (template: string, parent: 'father' | 'mother') => forParent(data, template, parent);
    const { details, situations } = text;
    expect(rows).toEqual([
      [text.age.review, text.age.options.yes],
      [say(situations.review, 'father'), `${situations.labels.severe_disability}、${situations.labels.imprisoned}`],
      [say(details.severe_disability.grade.review, 'father'), details.severe_disability.grade.options['3']],
      [say(details.severe_disability.type.review, 'father'), details.severe_disability.type.options.intellectual],
      [say(details.imprisoned.sixMonthsOrMore.review, 'father'), details.imprisoned.sixMonthsOrMore.options.unknown],
      [say(situations.review, 'mother'), say(situations.unknown, 'mother')],
    ]);
  });

  it('以上都没有 is shown as such', () => {
    const rows = reviewRows(under18().answers('none', 'none').draft);
    expect(answerText(data, rows[1].screen, rows[1].keys)).toBe(text.situations.none);
  });
});

describe('validation of a screen: contradictions cannot be built', () => {
  const grade = detail('mother', 'severe_disability', 'grade');

  it('nothing chosen → the question’s own message', () => {
    expect(validateScreen({ kind: 'age' }, [])).toBe('required');
    expect(errorText(data, { kind: 'age' }, 'required')).toBe(text.age.error);
    expect(validateScreen(FATHER, [])).toBe('required');
    expect(errorText(data, FATHER, 'required')).toBe(forParent(data, text.situations.error, 'father'));
    expect(validateScreen(grade, [])).toBe('required');
    expect(errorText(data, grade, 'required')).toBe(text.followUpError);
  });

  it('以上都没有, 不清楚, 死亡 or 失踪 together with anything else → exclusive', () => {
    for (const alone of ['none', 'unknown', 'deceased', 'missing']) {
      for (const other of optionsOf(FATHER).filter((key) => key !== alone)) {
        expect(validateScreen(FATHER, [alone, other]), `${alone} + ${other}`).toBe('exclusive');
      }
    }
    expect(errorText(data, FATHER, 'exclusive')).toBe(text.situations.exclusiveError);
  });

  it('several of the other eight situations, or one answer, are accepted; keys a screen does not offer are not answers', () => {
    const eight = PICKABLE_KINDS.filter((kind) => kind !== 'deceased' && kind !== 'missing');
    expect(eight).toHaveLength(8);
    expect(validateScreen(FATHER, eight)).toBeUndefined();
    expect(validateScreen(grade, ['4'])).toBeUndefined();
    expect(validateScreen(grade, ['5'])).toBe('required');
    expect(validateScreen(grade, ['1', '2'])).toBe('exclusive');
  });

  it('ticking an option that stands alone unticks the rest; ticking another unticks those that stand alone', () => {
    expect(toggle(['imprisoned', 'severe_disability'], 'none', true)).toEqual(['none']);
    expect(toggle(['imprisoned', 'severe_disability'], 'deceased', true)).toEqual(['deceased']);
    expect(toggle(['deceased'], 'missing', true)).toEqual(['missing']);
    expect(toggle(['missing'], 'imprisoned', true)).toEqual(['imprisoned']);
    expect(toggle(['none'], 'imprisoned', true)).toEqual(['imprisoned']);
    expect(toggle(['unknown'], 'none', true)).toEqual(['none']);
    expect(toggle(['imprisoned', 'serious_illness'], 'imprisoned', false)).toEqual(['serious_illness']);
  });

  it('a share link’s answers with a contradiction give no draft (the page says 前后矛盾)', () => {
    const contradictions = [
      [{ kind: 'deceased' }, { kind: 'imprisoned', sixMonthsOrMore: true }],
      [{ kind: 'missing' }, { kind: 'deceased' }],
      [{ kind: 'unknown' }, { kind: 'guardianship_revoked' }],
      [{ kind: 'deceased' }, { kind: 'deceased' }],
    ];
    for (const father of contradictions) {
      expect(draftOf({ childUnder18: true, father, mother: [] } as never), JSON.stringify(father)).toBeUndefined();
      expect(draftOf({ childUnder18: true, father: [], mother: father } as never), JSON.stringify(father)).toBeUndefined();
    }
  });
});

describe('a choice counts as soon as it is made (applyChoice)', () => {
  it('a complete choice is the screen’s answer; none at all clears a parent’s answer; a radio choice stays', () => {
    const draft = applyChoice(emptyDraft(), FATHER, ['imprisoned', 'serious_illness']);
    expect(draft.father).toEqual(['serious_illness', 'imprisoned']);
    expect(applyChoice(draft, FATHER, []).father).toBeUndefined();
    const aged = applyChoice(emptyDraft(), { kind: 'age' }, ['no']);
    expect(applyChoice(aged, { kind: 'age' }, []).childUnder18).toBe(false);
  });

  it('a choice that cannot stand is not taken', () => {
    const draft = applyChoice(emptyDraft(), FATHER, ['none']);
    expect(applyChoice(draft, FATHER, ['none', 'imprisoned'])).toBe(draft);
  });
});

describe('positions in the history', () => {
  const done = under18().answers(['imprisoned'], 'yes', 'none').draft;
  const partly = under18().answers(['imprisoned']).draft;

  it('each position has a short key', () => {
    expect(positionKey(START)).toBe('s');
    expect(positionKey({ at: 'review' })).toBe('r');
    expect(positionKey({ at: 'result' })).toBe('x');
    expect(positionKey(ask(FATHER))).toBe('father');
    expect(positionKey(ask(FATHER, true))).toBe('father+');
  });

  it('settle keeps a position that exists for the answers', () => {
    expect(settle(done, ask(detail('father', 'imprisoned', 'sixMonthsOrMore')))).toEqual(ask(detail('father', 'imprisoned', 'sixMonthsOrMore')));
    expect(settle(done, { at: 'result' })).toEqual({ at: 'result' });
    expect(settle(partly, START)).toEqual(START);
  });

  it('settle moves from a question that no longer applies to the first one unanswered, or the review', () => {
    expect(settle(partly, ask(detail('father', 'severe_disability', 'grade')))).toEqual(ask(detail('father', 'imprisoned', 'sixMonthsOrMore')));
    expect(settle(done, ask(detail('mother', 'deceased', 'grade')))).toEqual({ at: 'review' });
  });

  it('settle holds the review and the result back until every question is answered (returning there after)', () => {
    expect(settle(partly, { at: 'review' })).toEqual(ask(detail('father', 'imprisoned', 'sixMonthsOrMore'), true));
    expect(settle(emptyDraft(), { at: 'result' })).toEqual(ask({ kind: 'age' }, true));
  });

  it('返回上一步: the question before, the start from the first, the review from the result and from 修改', () => {
    expect(previousPosition(done, ask(MOTHER))).toEqual(ask(detail('father', 'imprisoned', 'sixMonthsOrMore')));
    expect(previousPosition(done, ask({ kind: 'age' }))).toEqual(START);
    expect(previousPosition(done, START)).toEqual(START);
    expect(previousPosition(done, { at: 'review' })).toEqual(ask(MOTHER));
    expect(previousPosition(done, { at: 'result' })).toEqual({ at: 'review' });
    expect(previousPosition(done, ask(FATHER, true))).toEqual({ at: 'review' });
  });
});

describe('options as the family sees them', () => {
  it('the situations in content’s named groups, then 以上都没有 and 不清楚 under “or”', () => {
    const groups = optionGroups(data, FATHER);
    expect(groups.map((group) => group.label)).toEqual([...text.situations.groups.map((group) => group.label), text.situations.or]);
    expect(groups.flatMap((group) => group.keys).sort()).toEqual([...optionsOf(FATHER)].sort());
    expect(groups.at(-1)!.keys).toEqual(['none', 'unknown']);
  });

  it('other questions: one group without a name, the options in order', () =>
    expect(optionGroups(data, detail('father', 'severe_disability', 'grade'))).toEqual([{ keys: optionsOf(detail('father', 'severe_disability', 'grade')) }]));

  it('each situation’s short label comes from content; 不清楚 names the parent', () => {
    for (const kind of PICKABLE_KINDS) expect(optionLabel(data, FATHER, kind)).toBe(text.situations.labels[kind]);
    expect(optionLabel(data, MOTHER, 'unknown')).toBe(forParent(data, text.situations.unknown, 'mother'));
  });
});

describe('wording of every screen', () => {
  it('every question a family can meet has a legend and a hint, with {parent} filled in', () => {
    const walk = under18().answers(
      ['severe_disability', 'serious_illness', 'imprisoned', 'compulsory_rehab', 'restricted', 'lost_contact', 'deported'],
      '3', 'other', 'unknown', 'unknown', 'unknown', 'unknown', 'yes', 'unknown', 'unknown',
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
    const walk = under18().answers(['severe_disability', 'lost_contact'], '4', 'mental', 'yes', 'yes', ['deceased']);
    expect(answersOf(draftOf(walk.answersForEngine!)!)).toEqual(walk.answersForEngine);
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

  it('18 or older: only the age is kept', () =>
    expect(answersOf(draftOf({ childUnder18: false, father: [{ kind: 'deceased' }], mother: [] })!)).toEqual({
      childUnder18: false,
      father: [],
      mother: [],
    }));

  it('encodes the same whichever way it was reached', () => {
    const walk = under18().answers(['imprisoned'], 'yes', ['deceased']);
    expect(encodeAnswersForTest(answersOf(draftOf(walk.answersForEngine!)!)!)).toBe(encodeAnswersForTest(walk.answersForEngine!));
  });
});

describe('what would change the result, as sentences', () => {
  const sentence = (condition: string, outcome: 'eligible' | 'not_eligible') =>
    fill(text.result.changeTemplate, { condition, outcome: text.result.outcomes[outcome].short });
  const term = text.details.imprisoned.sixMonthsOrMore.changes;

  it('possibly eligible: knowing the term', () => {
    const sentences = assess(under18().answers(['imprisoned'], 'unknown', ['deceased']).answersForEngine).changes.map((c) => changeText(data, c));
    expect(sentences).toContain(sentence(forParent(data, term.yes, 'father'), 'eligible'));
    expect(sentences).toContain(sentence(forParent(data, term.no, 'father'), 'not_eligible'));
    // 18 or older reads 不符合 (the result for that age), not the 暂不符合 of a parent's situation
    expect(sentences).toContain(fill(text.result.changeTemplate, { condition: text.result.ageChanges.no, outcome: text.result.overAge.short }));
    expect(sentences).not.toContain(sentence(text.result.ageChanges.no, 'not_eligible'));
  });

  it('a change to 不清楚 is never offered as advice', () => {
    const changes = assess(under18().answers(['imprisoned'], 'yes', ['deceased']).answersForEngine).changes;
    expect(changes.some((change) => change.to === null)).toBe(true);
    expect(changes.filter((change) => change.to === null).map((change) => changeText(data, change))).toEqual([undefined]);
  });
});

describe('the glossary feeds the situations’ explanations', () => {
  const glossary = readContent<Array<{ situation?: string; everyday?: string[] }>>('glossary.yaml');
  const everyday = (kind: string) => glossary.find((entry) => entry.situation === kind)?.everyday ?? [];

  it('each situation’s explanation ends with the words families use for it (content/glossary.yaml)', () => {
    for (const kind of PICKABLE_KINDS) {
      const hint = optionHint(data, FATHER, kind) ?? '';
      expect(hint.startsWith(text.situations.optionHints[kind])).toBe(true);
      const words = everyday(kind);
      if (words.length > 0) expect(hint).toContain(fill(text.situations.everydayWords, { words: words.join('、') }));
    }
    expect(everyday('imprisoned').length).toBeGreaterThan(0);
  });

  it('以上都没有 and 不清楚 have their own explanations, naming the parent', () => {
    expect(optionHint(data, MOTHER, 'none')).toBe(forParent(data, text.situations.noneHint, 'mother'));
    expect(optionHint(data, MOTHER, 'unknown')).toBe(forParent(data, text.situations.unknownHint, 'mother'));
  });

  it('follow-up questions have no explanations per option', () =>
    expect(optionsOf(detail('father', 'imprisoned', 'sixMonthsOrMore')).map((key) => optionHint(data, detail('father', 'imprisoned', 'sixMonthsOrMore'), key))).toEqual([undefined, undefined, undefined]));
});
