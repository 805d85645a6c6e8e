/**
 * Schema of the questionnaire's wording (content/questionnaire.yaml), keyed by the engine's key lists, so a rule,
 * next step or question without its text fails the build, naming the key.
 */
import { z } from 'astro/zod';
import { SITUATION_FIELDS } from '../eligibility/schema';
import { GENERAL_MATERIALS, NEXT_STEPS, OUTCOME_RULE_KEYS, PARENT_RULE_KEYS, SITUATION_RULE_KEYS } from '../eligibility/keys';
import { PICKABLE_KINDS, UNKNOWN, fieldKeys, isAlias } from '../questionnaire/values';
import { FIND_OUT_RULES, RESULT_KINDS, type ResultKind } from '../questionnaire/result';
import { OUTCOMES, STANDINGS } from '../eligibility/keys';
import { pendingMarker, pendingNote, siteLink, wording, wordingFor } from './common';
import { confirmedNote } from '../confirmation/record';

/** One follow-up question about a situation (details.<situation>.<field>). */
const followUp = (field: Parameters<typeof fieldKeys>[0]) =>
  z.object({
    legend: wording, // the question: the fieldset legend and the screen's heading
    hint: wording, // explains the legal term being asked about
    review: wording, // the row label on the check-your-answers screen
    options: wordingFor(fieldKeys(field)), // answer labels, in display order: yes/no/unknown, 1–4/unknown, or the types
    changes: wordingFor(fieldKeys(field).filter((key) => key !== UNKNOWN && !isAlias(field, key))), // each answer but 不清楚 (and options standing for it), as a condition "如果…"
  });

/** details.<situation>: the follow-up questions of each situation that has any. */
const followUps = z.object(
  Object.fromEntries(
    Object.entries(SITUATION_FIELDS)
      .filter(([, fields]) => fields.length > 0)
      .map(([kind, fields]) => [kind, z.object(Object.fromEntries(fields.map((field) => [field, followUp(field)])))]),
  ),
);

/** Text for one next step of the result. */
const nextStep = z.object({
  text: wording, // what to do, in plain words
  link: siteLink.optional(), // a page that explains more
  pending: pendingNote, // the part of the step not yet confirmed
  confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
});

/** The one thing to do first, for each kind of result (action.<kind>). */
const actionStep = nextStep.omit({ link: true });
const actionSteps = Object.fromEntries(RESULT_KINDS.map((kind) => [kind, actionStep])) as Record<ResultKind, typeof actionStep>;

export const questionnaireSchema = z.object({
  parents: wordingFor(['father', 'mother']), // 父亲, 母亲: what {parent} becomes
  start: z.object({
    heading: wording, // heading of the start screen
    lead: wording, // above the button: what the questionnaire does and about how long it takes, in one sentence
    promise: wording, // above the button: the privacy promise in one or two sentences
    button: wording, // the button that starts the questions
    intro: z.array(wording).min(1), // below the button: more about what it does, one paragraph each
    privacyHeading: wording, // heading of the privacy promise in full
    privacy: z.array(wording).min(1), // the privacy promise in full: nothing personal is asked, nothing leaves the phone
    note: wording, // that the 区民政局 decides
  }),
  nav: z.object({
    back: wording, // back to the previous screen
    continue: wording, // submit a question and go on
    restart: wording, // clear every answer and start again
    changeAnswers: wording, // from the result back to the check-your-answers screen
    print: wording, // print the result
  }),
  restartConfirm: z.object({
    heading: wording, // the question asked before every answer is cleared
    text: wording, // what clearing means
    confirm: wording, // the button that clears the answers and starts again
    cancel: wording, // the button that keeps them and goes back
  }),
  progress: z.object({
    template: wording, // e.g. 第{current}部分，共{total}部分：{section}
    sections: wordingFor(['age', 'father', 'mother', 'review']), // names of the parts
  }),
  errorSummary: z.object({
    heading: wording, // heading of the error box shown when a question is left unanswered
    prefix: wording, // read before an error message by screen readers, e.g. 错误：
  }),
  age: z.object({
    legend: wording, // the question about the child's age
    hint: wording, // how to count 未满18周岁
    review: wording, // the row label on the check-your-answers screen
    options: wordingFor(['yes', 'no']), // yes = under 18
    error: wording, // shown when the question is left unanswered
  }),
  situations: z
    .object({
    legend: wording, // the question about one parent's situations
    hint: wording, // that several may be ticked
    review: wording, // the row label on the check-your-answers screen
    groups: z
      .array(
        z.object({
          label: wording, // the group's name, e.g. 去世或失踪
          kinds: z.array(z.enum(PICKABLE_KINDS as unknown as [string, ...string[]])).min(1), // its situations, in the order shown
        }),
      )
      .min(1), // the situations in groups; each situation in exactly one
    or: wording, // separates the situations from 以上都没有 and 不清楚
    labels: wordingFor(PICKABLE_KINDS), // each situation's short label, e.g. 服刑在押
    more: wording, // the button beside a label that shows its explanation, e.g. 说明
    optionHints: wordingFor(PICKABLE_KINDS), // what each situation means, shown with the 说明 button
    everydayWords: wording, // after the hint: the words families use for it, from content/glossary.yaml; {words} = 坐牢、判刑
    none: wording, // 以上都没有
    noneHint: wording, // an example of 以上都没有
    unknown: wording, // 不清楚{parent}的情况
    unknownHint: wording, // under 不清楚: an example, and that a child whose birth parents cannot be found is a 孤儿 case
    error: wording, // shown when nothing is ticked
    exclusiveError: wording, // shown when 死亡, 失踪, 以上都没有 or 不清楚 is ticked with another option
    })
    .superRefine((situations, context) => {
      const listed = situations.groups.flatMap((group) => group.kinds);
      for (const kind of PICKABLE_KINDS) {
        const count = listed.filter((k) => k === kind).length;
        if (count !== 1) context.addIssue({ code: 'custom', path: ['groups'], message: `情形 ${kind} 应在 groups 中出现且只出现一次（现在 ${count} 次）` });
      }
    }),
  followUpError: wording, // shown when a follow-up question is left unanswered
  details: followUps, // the follow-up questions, by situation and field
  review: z.object({
    heading: wording, // heading of the check-your-answers screen
    intro: wording, // one line on what to do there
    change: wording, // the 修改 link text
    submit: wording, // the button that shows the result
  }),
  result: z.object({
    outcomes: z.record(
      z.enum(OUTCOMES),
      z.object({
        headline: wording, // e.g. 初步判断：符合
        short: wording, // the outcome in a few words, used in "what would change the result"
        summary: wording, // what the outcome means for the family
      }),
    ),
    overAge: z.object({
      headline: wording, // the result when the child is 18 or older: 不符合, not 暂不符合
      short: wording, // that outcome in a few words, where an outcome is named (decision table, flowchart)
      summary: wording, // why the parents' situations do not matter then
    }),
    undecided: z.object({
      headline: wording, // the engine's 可能符合 when answers of 不清楚 decide it: 还不能判断
      short: wording, // that result in a few words
      summary: wording, // that the family must first find out what is open
    }),
    benefit: z.object({
      heading: wording, // heading of what the child could get
      lines: wordingFor(RESULT_KINDS), // for each kind of result; {name} and {amount} from content/standards.yaml (basic-living)
    }),
    action: z.object({
      heading: wording, // heading of the one thing to do first
      ...actionSteps, // per kind of result: who to see, with what; {parents} = the parents whose situation is open
    }),
    findOut: z.object({
      heading: wording, // heading of the open questions that decide the result
      intro: wording, // one line before them
      ways: wordingFor(FIND_OUT_RULES), // for each rule that leaves a situation open: how to find out; {parent}
    }),
    where: z.object({
      heading: wording, // heading of where to apply
      text: wording, // the 街道办事处 of the child's 户籍, and how to find out which one
      noOffices: wording, // when content/offices.yaml lists no office yet
      notPublished: wording, // for a field of an office the bureau has not supplied, e.g. 暂未公布
      fields: wordingFor(['address', 'window', 'hours', 'phone']), // the labels of an office's fields
    }),
    print: z.object({
      date: wording, // printed at the top: the day of printing, {year} {month} {day} filled in
      address: wording, // printed at the top: the site's address, {url}
      answers: wording, // printed heading of the answers given
    }),
    decides: wording, // that this is a first estimate, and who decides (the 户籍 place's 民政部门)
    whyHeading: wording, // heading of the reasons
    ageHeading: wording, // label of the reason about the child's age
    basisLabel: wording, // before the cited document numbers, e.g. 依据
    standings: wordingFor(STANDINGS), // a parent's standing in a few words
    rules: wordingFor([...SITUATION_RULE_KEYS, ...PARENT_RULE_KEYS, ...OUTCOME_RULE_KEYS]), // why, for every rule branch
    rulePending: z
      .array(
        z
          .object({
            rule: z.enum([...SITUATION_RULE_KEYS, ...PARENT_RULE_KEYS, ...OUTCOME_RULE_KEYS]), // the rule branch
            pending: pendingMarker.optional(), // what about the reading behind it awaits confirmation
            confirmed: confirmedNote, // once the bureau has answered: topic, date, by, reference (replaces pending)
          })
          .refine((entry) => entry.pending || entry.confirmed, { error: '请写 pending（待确认）或 confirmed（已确认）', path: ['pending'] }),
      )
      .default([]), // rules whose result rests on a reading not yet confirmed: the note shows beside the reason
    prepareHeading: wording, // heading of the checklist of documents
    prepareIntro: wording, // that the 街道 checks records first
    proofs: z.object({
      label: wording, // before each situation's proof list, e.g. {situation}的证明（参考）：
      pending: pendingNote, // the district's own document checklist is not published
      confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
    }),
    materials: wordingFor(GENERAL_MATERIALS), // the items needed whatever the situations
    nextHeading: wording, // heading of the next steps
    nextSteps: z.record(z.enum(NEXT_STEPS as unknown as [string, ...string[]]), nextStep), // every next step of the engine
    changesHeading: wording, // heading of "what would change the result"
    changesIntro: wording, // one line before that list
    changeTemplate: wording, // e.g. 如果{condition}，初步判断会是“{outcome}”。
    ageChanges: wordingFor(['yes', 'no']), // the child's age as a condition
    noChanges: wording, // when no single answer would change the result
  }),
  share: z.object({
    heading: wording, // heading of the share section
    intro: wording, // what the link holds and what it is for
    warning: wording, // anyone with the link sees the answers
    label: wording, // label of the read-only field with the link
    copy: wording, // the 复制链接 button
    copied: wording, // announced when the link was copied
    copyFailed: wording, // announced when the browser would not copy: the field is selected, copy by hand
    copyHint: wording, // how to copy it (the page's address is the link, so the browser's own copy and share work too)
  }),
  pendingNote: z.object({
    tag: wording, // e.g. 待确认：
    suffix: wording, // the fixed note 以街道办事处、区民政局答复为准。
  }),
  linkError: z.object({
    heading: wording, // heading of the message about a share link that cannot be read
    version: wording, // the link comes from an older version of the site
    malformed: wording, // the link is cut short or was changed
    invalid: wording, // the link is intact but its answers are not valid
    empty: wording, // the link's hash is empty (an address ending in ##)
    fresh: wording, // what to do now
  }),
});

/** The questionnaire's wording, as the island receives it. */
export type QuestionnaireContent = z.output<typeof questionnaireSchema>;

