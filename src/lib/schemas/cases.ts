/** Schema of a training case (content/cases/*.md): its answers are checked by the engine itself. */
import { z } from 'astro/zod';
import { assess, InvalidAnswersError, parseAnswers } from '../eligibility';
import { draftOf } from '../questionnaire/draft';
import { OUTCOMES } from '../eligibility/keys';
import { TRAP_KEYS } from '../training/traps';
import { pendingNote } from './common';
import { confirmedNote } from '../confirmation/record';

/** Answers in the engine's contract, validated by the engine's own parseAnswers; its error path becomes the field path. */
const engineAnswers = z.unknown().transform((value, ctx) => {
  try {
    return parseAnswers(value);
  } catch (error) {
    if (!(error instanceof InvalidAnswersError)) throw error;
    const path = error.path.split(/[.[\]]+/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    ctx.addIssue({ code: 'custom', path, message: `回答不符合判断规则的格式：${error.message}` });
    return z.NEVER;
  }
});

/** The case schema, given the schema of a list of citations (policy.ts, sources). */
export function caseSchema<S extends z.ZodType>(sources: S) {
  return z
    .object({
      title: z.string().min(2), // a neutral title that does not give the answer away, e.g. 小雨的爸爸妈妈
      order: z.number().int(), // position in the case library: 案例1, 案例2 …
      summary: z.string().min(10), // one line for the case list, without the answer
      answers: engineAnswers, // the case in the engine's contract (src/lib/eligibility/types.ts, Answers); a wrong field is named, e.g. answers.father.0.grade
      expected: z.enum(OUTCOMES), // the outcome the trainer teaches; must equal the engine's outcome for `answers`
      explanation: z.string().min(20), // why, in plain words: the clause of the definition and the documents it rests on
      sources, // documents the explanation cites
      discussion: z.array(z.string().min(4)).min(2, '至少写2个讨论题').max(3, '最多写3个讨论题'), // questions for the group
      traps: z.array(z.enum(TRAP_KEYS)).default([]), // the mistakes the case trains against; labels in content/training.yaml
      kuasheng: z.boolean().default(false), // the child's 户籍 is elsewhere: the answer shows 跨省通办
      pending: pendingNote, // what in the case awaits the district's confirmation
      confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
    })
    .superRefine((data, ctx) => {
      const { outcome } = assess(data.answers);
      if (outcome !== data.expected) {
        ctx.addIssue({ code: 'custom', path: ['expected'], message: `与判断规则不一致：按 answers，规则给出的结果是 “${outcome}”` });
      }
      if (!draftOf(data.answers)) {
        ctx.addIssue({ code: 'custom', path: ['answers'], message: '同一位家长的同一种情况只能写一次（自助判断无法表示重复的情况）' });
      }
    });
}
