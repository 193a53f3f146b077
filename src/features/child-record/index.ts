export { ChildRecordPage } from './routes/child-record-page';
export { EditReviewPage } from './routes/edit-review-page';
export { RaiseEscalationPage } from './routes/raise-escalation-page';
export { RecordMidpointCheckPage } from './routes/record-midpoint-check-page';
export { RecordReviewPage } from './routes/record-review-page';
export { UpdateEscalationPage } from './routes/update-escalation-page';
export { WithdrawReviewPage } from './routes/withdraw-review-page';
export { updateEscalationPath, updateEscalationPattern } from './lib/child-paths';
