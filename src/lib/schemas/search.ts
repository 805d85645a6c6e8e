/**
 * Schema of content/search.yaml: how the search box reads a question typed the way families say it (kinship words,
 * everyday words, words to leave out), the amount that answers money questions, the suggestions shown under the box,
 * the next steps when nothing is found, and the box's own wording. Free of astro:content so the build's lexicon
 * plugin and the unit tests use it too.
 */
import { z } from 'astro/zod';

/** One word as typed: no spaces or punctuation, so it can be found inside a question. */
const word = z
  .string()
  .trim()
  .min(1)
  .regex(/^[^\s，。？！、,.?!；;：:@+]+$/, '一个说法里不要有空格、标点或 @ +');

/** site word → the words typed for it, e.g. 服刑在押: [坐大牢, 监狱]. */
const wordMap = z.record(word, z.array(word).min(1, '至少写一个说法'));

/** A sentence with {name} slots; `slots` lists the ones it must contain. */
const template = (...slots: string[]) =>
  z
    .string()
    .min(2)
    .refine((text) => slots.every((slot) => text.includes(`{${slot}}`)), `这句话里要有 ${slots.map((s) => `{${s}}`).join('、')}`);

export const searchSchema = z
  .object({
    kinship: z.object({
      parents: wordMap, // 爸爸 → 父亲: whose situation it is; replaced first, counts little
      carers: wordMap, // 奶奶 → 祖父母: who looks after the child; counts when the question names nothing else
    }),
    words: wordMap, // everyday words → a glossary term or words the site writes where it answers (坐牢 → 服刑在押)
    places: z.record(
      word,
      z.string().regex(/^[a-z0-9-]+(#[^\s#]+)?$/, '写 content/pages 中的文件名，和 # 后面这一节的 id，例如 shenqing#办事指南'),
    ), // where a site word of `words` or of kinship.carers that is not a glossary term is answered: page#section
    money: z.object({
      standard: z.string().min(1), // id of an amount in content/standards.yaml, shown with answers to money questions
      words: z.array(word).min(1), // words that ask about money; understood as that amount's name
    }),
    drop: z.array(word).min(1), // question words, particles and words on every page, left out before searching
    suggestions: z.array(z.string().min(2)).min(1).max(8), // common questions shown under the box before typing
    nextSteps: z
      .array(
        z.object({
          text: z.string().min(2), // what the link offers, in plain words
          page: z.string().min(1), // a file name in content/pages
          anchor: z.string().optional(), // a section id on that page
        }),
      )
      .min(1), // where to go when nothing is found
    text: z.object({
      suggestionsHeading: z.string().min(2), // above the suggestions
      answerHeading: z.string().min(2), // label of the answer shown above the results
      answerLink: z.string().min(2), // link from the answer to its section
      amount: z.string().min(2), // label of the amount shown with a money answer
      understood: template('words'), // which site words were searched for
      relaxed: template('words'), // nothing had every word: which words the results are for
      nothing: template('query'), // nothing found at all
      nextStepsHeading: z.string().min(2), // above the next steps
      tooLong: template('max'), // instead of results when the search words are longer than the box takes
      retry: z.string().min(2), // under "nothing found" on the search page: how to ask differently
      retryShort: z.string().min(2), // the same, shorter, under the header's search box
      box: z.string().min(2), // accessible name of the search forms (header box and search page)
      placeholder: z.string().min(2), // shown in the header's box before anything is typed
      button: z.string().min(1), // the submit button of both forms
      more: z.string().min(2), // under the header's results: the link to the search page
      page: z.object({
        title: z.string().min(1), // the search page's heading, <title> and breadcrumb
        description: z.string().min(10), // its meta description
        intro: template('glossary'), // the line under the heading; {glossary} becomes the link to 名词解释
        field: z.string().min(2), // the visible label of the search field
        filter: z.string().min(1), // the legend of the choice of one kind of page
        all: z.string().min(1), // the choice of every kind of page
        noscript: template('glossary'), // shown when the browser runs no JavaScript; {glossary} as above
      }),
    }),
  })
  .superRefine((data, context) => {
    // Each typed word means one thing: it may appear once in kinship, words, money and drop together.
    const seen = new Map<string, string>();
    const note = (typed: string, where: string, path: (string | number)[]) => {
      const before = seen.get(typed);
      if (before) context.addIssue({ code: 'custom', path, message: `“${typed}”已经写在 ${before}，每个说法只能有一个意思` });
      else seen.set(typed, where);
    };
    const maps = { 'kinship.parents': data.kinship.parents, 'kinship.carers': data.kinship.carers, words: data.words };
    for (const [part, map] of Object.entries(maps)) {
      for (const [site, typed] of Object.entries(map)) {
        typed.forEach((entry, index) => note(entry, `${part}.${site}`, [...part.split('.'), site, index]));
      }
    }
    data.money.words.forEach((entry, index) => note(entry, 'money.words', ['money', 'words', index]));
    data.drop.forEach((entry, index) => note(entry, 'drop', ['drop', index]));
    // A site word is what the search looks for, so it cannot at the same time be dropped or stand for another word.
    const siteWords = Object.values(maps).flatMap((map) => Object.keys(map));
    for (const site of siteWords) {
      const clash = seen.get(site);
      if (clash) context.addIssue({ code: 'custom', path: clash.split('.'), message: `“${site}”是本站的说法，不能再写在 ${clash}` });
    }
  });

export type SearchContent = z.output<typeof searchSchema>;
