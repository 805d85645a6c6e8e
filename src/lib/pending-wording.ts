/**
 * The fixed words that go with every statement awaiting confirmation, from content/questionnaire.yaml (pendingNote),
 * so the pages, the training kit and the questionnaire say them the same way: 待确认 and 以街道办事处、区民政局答复为准.
 */
export interface PendingWording {
  tag: string; // e.g. 待确认：
  suffix: string; // e.g. 以街道办事处、区民政局答复为准。
}

/** The two parts without their trailing punctuation, for use inside brackets: 待确认, 以街道办事处、区民政局答复为准. */
export function bareWording({ tag, suffix }: PendingWording): { tag: string; suffix: string } {
  return { tag: tag.replace(/[：:]\s*$/, ''), suffix: suffix.replace(/[。.]\s*$/, '') };
}
