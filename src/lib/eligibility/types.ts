/**
 * The eligibility engine contract (restated in README.md in this folder, from the project's design notes).
 * Situation, Answers, Standing and Outcome are written exactly as agreed there; other tools depend on them.
 * Everything an Assessment says beyond `outcome` and `parents` is a KEY that the pages resolve against content/,
 * because the engine never imports content: no wording, figure or document title lives here.
 */
import type {
  DocumentId,
  GeneralMaterial,
  NextStep,
  OutcomeRuleKey,
  ParentRuleKey,
  SituationRuleKey,
} from './keys';

/** One situation of a parent, as the family answered it. `null` means the family answered 不清楚. */
export type Situation =
  | { kind: 'deceased' } // 死亡（含人民法院宣告死亡）
  | { kind: 'missing' } // 人民法院宣告失踪
  | { kind: 'severe_disability'; grade: 1 | 2 | 3 | 4 | null; type: 'intellectual' | 'mental' | 'other' | null }
  | { kind: 'serious_illness'; onLocalList: boolean | null }
  | { kind: 'imprisoned' | 'compulsory_rehab' | 'restricted'; sixMonthsOrMore: boolean | null }
  | { kind: 'lost_contact'; reportedToPolice: boolean | null; sixMonthsOrMore: boolean | null }
  | { kind: 'guardianship_revoked' }
  | { kind: 'deported'; supportsChild: boolean | null }
  | { kind: 'unknown' }; // 不清楚父/母的情况

/** All answers of the questionnaire. An empty list means none of the situations applies to that parent. */
export interface Answers {
  childUnder18: boolean;
  father: Situation[];
  mother: Situation[];
}

export type Standing = 'absent' | 'qualifying' | 'not_qualifying' | 'unknown';
export type Outcome = 'orphan' | 'eligible' | 'possibly_eligible' | 'not_eligible';

/** Names derived from the contract types, for code that walks them. */
export type SituationKind = Situation['kind'];
export type Parent = 'father' | 'mother';
/** Every field a situation can carry besides `kind`. */
export type QualifierField = {
  [K in SituationKind]: Exclude<keyof SituationOf<K>, 'kind'>;
}[SituationKind];
/** The situation type of one kind (imprisoned, compulsory_rehab and restricted share one member). */
export type SituationOf<K extends SituationKind> = MemberOf<Situation, K>;
type MemberOf<S, K> = S extends { kind: infer Kinds } ? (K extends Kinds ? S : never) : never;
/** Every value such a field can take. */
export type QualifierValue = 1 | 2 | 3 | 4 | 'intellectual' | 'mental' | 'other' | boolean | null;
/** Situation kinds that have proof documents (everything except 不清楚). */
export type ProofKind = Exclude<SituationKind, 'unknown'>;

/** Why one situation of one parent has the standing it has. */
export interface Reason {
  situation: SituationKind;
  standing: Standing;
  rule: SituationRuleKey; // the exact rule branch that decided it
  documentIds: DocumentId[]; // content ids of the documents the rule rests on
  decisive: boolean; // true when this situation gives the parent the parent's standing
}

/** One answer that, changed alone, would change the outcome. */
export interface SituationChange {
  parent: Parent;
  index: number; // position of the situation in that parent's list
  situation: SituationKind;
  field: QualifierField;
  from: QualifierValue;
  to: QualifierValue;
  outcomeWould: Outcome;
}
export interface AgeChange {
  field: 'childUnder18';
  from: boolean;
  to: boolean;
  outcomeWould: Outcome;
}
export type Change = SituationChange | AgeChange;

export interface Assessment {
  outcome: Outcome;
  parents: { father: Standing; mother: Standing };
  /** The outcome rule branch taken, and the documents it rests on. */
  basis: { rule: OutcomeRuleKey; documentIds: DocumentId[] };
  /** How each parent's standing follows from their list. */
  parentRules: { father: ParentRuleKey; mother: ParentRuleKey };
  /** One reason per situation, in answer order. */
  reasons: { father: Reason[]; mother: Reason[] };
  /** What to prepare: proof documents per situation kind (deduplicated, in answer order), plus general items. */
  materials: { proofs: ProofKind[]; general: GeneralMaterial[] };
  /** Single answers that would change the outcome, found by re-running the rules. */
  changes: Change[];
  /** What to do next, in the order the page should show them. */
  nextSteps: NextStep[];
}
