import { malformedAddressHandler } from '../http/request-guard';
import { annexAHandlers } from './annex-a';
import { auditEventHandlers } from './audit-events';
import { bookingHandlers } from './booking';
import { careHandlers } from './care';
import { childrenHandlers } from './children';
import { digestHandlers } from './digests';
import { draftHandlers } from './drafts';
import { documentHandlers } from './documents';
import { escalationHandlers } from './escalations';
import { iroContactHandlers } from './iro-contacts';
import { meetingHandlers } from './meetings';
import { midpointCheckHandlers } from './midpoint-checks';
import { mockControlHandlers } from './mock-control';
import { reportHandlers } from './reports';
import { recommendationHandlers } from './recommendations';
import { signOffHandlers } from './review-sign-off';
import { reviewHandlers } from './reviews';
import { sessionHandlers } from './session';
import { settingsHandlers } from './settings';
import { ssda903Handlers } from './ssda903';
import { ssda903CompareHandlers } from './ssda903-compare';
import { taskHandlers } from './tasks';
import { teamHandlers } from './team';
import { teamCalendarHandlers } from './team-calendar';

/** Every endpoint of the mock REST backend (see mocks/README.md). */
export const handlers = [
  malformedAddressHandler,
  ...mockControlHandlers,
  ...sessionHandlers,
  ...settingsHandlers,
  // Before the children's: /children/left-care is not a child's id.
  ...careHandlers,
  ...childrenHandlers,
  ...reviewHandlers,
  ...signOffHandlers,
  ...recommendationHandlers,
  ...midpointCheckHandlers,
  ...escalationHandlers,
  ...iroContactHandlers,
  ...meetingHandlers,
  ...teamCalendarHandlers,
  ...bookingHandlers,
  ...documentHandlers,
  ...auditEventHandlers,
  ...reportHandlers,
  ...annexAHandlers,
  ...teamHandlers,
  ...taskHandlers,
  ...digestHandlers,
  ...ssda903Handlers,
  ...ssda903CompareHandlers,
  ...draftHandlers,
];
