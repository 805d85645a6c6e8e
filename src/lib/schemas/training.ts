/** Schema of the training kit's own wording (content/training.yaml); policy facts come from the other collections. */
import { z } from 'astro/zod';
import { TRAP_KEYS } from '../training/traps';
import { pendingNote, wording, wordingFor } from './common';
import { confirmedNote } from '../confirmation/record';

export const trainingSchema = z.object({
  traps: wordingFor(TRAP_KEYS), // a short label for each trap tag, shown with a case's answer
  choice: z.object({
    legend: wording, // the question above the four outcomes on a case page
    hint: wording, // what to do: read, choose, then open the answer
    reveal: wording, // the line that opens the answer and the reasons
    feedback: z.object({
      right: wording, // {choice} was right
      wrong: wording, // {choice} was chosen, {answer} is right
      none: wording, // nothing chosen; {answer} is right
    }),
  }),
  parentPlaceholder: wording, // what {parent} becomes in the table of situation rules, e.g. 父（母）
  flowchart: z.object({
    title: wording, // the chart's heading and <title>
    ageQuestion: wording, // the first check, e.g. 孩子已满18周岁？
    classify: wording, // the step that classes each parent
    conditions: z.object({
      both: wording, // {a}: both parents have this standing
      oneEach: wording, // {a} and {b}: one parent each
      either: wording, // {a}: at least one parent
      bothWithin: wording, // {list}: both parents among these standings
    }),
    question: wording, // a condition as a question: {condition}？
    otherwise: wording, // the last box's condition: 其他情况（{condition}）
    yes: z.string().min(1), // label of the arrow to an outcome
    no: z.string().min(1), // label of the arrow to the next check
    listSeparator: z.string().min(1), // between standings in a list, e.g. 、
    steps: z.object({
      question: wording, // one check as a sentence: {question} {outcome} {reason}
      classify: wording, // the classification as a sentence: {classify} {standings}
      last: wording, // the last box as a sentence: {otherwise} {outcome} {reason}
    }),
  }),
  card: z.object({
    title: wording, // the card's heading, e.g. 认定条件速查卡
    intro: wording, // one line: who it is for, and that the 区民政局 decides
    definition: z.object({
      heading: wording, // e.g. 谁是事实无人抚养儿童
      lead: wording, // the age condition, before the two branches
      branches: z.array(wording).min(2), // the two branches of the definition
      pending: pendingNote, // a reading of the branches that awaits confirmation, marked after them
      confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
      notes: z.array(wording).default([]), // what is easily confused (孤儿, one parent able to raise the child …)
    }),
    situationsHeading: wording, // heading of the table of 死亡、失踪 and the eight situations
    apply: z.object({
      heading: wording, // e.g. 怎么申请
      points: z.array(wording).min(1), // who applies, where, the form, how the 街道 checks
    }),
    report: z.object({
      heading: wording, // e.g. 发现孩子受到伤害：立即报告
      points: z.array(wording).min(1), // who must report, to whom, and 110
    }),
    stepsHeading: wording, // heading of the steps (from content/procedure.yaml)
    otherHelpHeading: wording, // heading of the help for children who do not qualify (next steps of the questionnaire)
  }),
});

/** The training kit's wording. */
export type TrainingContent = z.output<typeof trainingSchema>;
