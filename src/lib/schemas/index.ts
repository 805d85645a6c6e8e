/** The content schemas (one file per concern) and the collections table. */
export { partialDate, pendingMarker, pendingNote, pendingTopicSchema, type DocumentRef } from './common';
export { VERIFICATIONS } from './policy';
export { collectionOf, collectionTable, makeSchemas, type CollectionFiles, type CollectionSpec } from './collections';
export { questionnaireSchema, type QuestionnaireContent } from './questionnaire';
export { trainingSchema, type TrainingContent } from './training';
