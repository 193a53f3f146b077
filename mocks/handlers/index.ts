import { auditEventHandlers } from './audit-events';
import { childrenHandlers } from './children';
import { escalationHandlers } from './escalations';
import { meetingHandlers } from './meetings';
import { midpointCheckHandlers } from './midpoint-checks';
import { mockControlHandlers } from './mock-control';
import { reviewHandlers } from './reviews';
import { sessionHandlers } from './session';
import { settingsHandlers } from './settings';

/** Every endpoint of the mock REST backend (see mocks/README.md). */
export const handlers = [
  ...mockControlHandlers,
  ...sessionHandlers,
  ...settingsHandlers,
  ...childrenHandlers,
  ...reviewHandlers,
  ...midpointCheckHandlers,
  ...escalationHandlers,
  ...meetingHandlers,
  ...auditEventHandlers,
];
