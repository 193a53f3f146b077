import { listAuditEventsQuerySchema, type AuditEvent, type Page } from '@/lib/api/schemas';
import { problems } from '../http/problem';
import { route } from '../http/route';
import { assertCanReadChild, loadChild } from '../http/support';
import { json, readQuery } from '../http/validation';

export const auditEventHandlers = [
  // Newest first. Team managers see every event; an IRO sees the history of a child allocated to
  // them (childId required).
  route('listAuditEvents', ({ db, url, user }) => {
    const query = readQuery(url, listAuditEventsQuerySchema);
    let events: AuditEvent[];
    if (query.childId !== undefined) {
      const child = loadChild(db, query.childId);
      assertCanReadChild(user, child);
      events = db.forChild('auditEvents', child.id);
    } else {
      if (user.role !== 'team-manager') {
        throw problems.forbidden(
          'Only team managers can see the audit of every change: choose a child',
        );
      }
      events = [...db.all('auditEvents')];
    }
    events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1));
    const start = (query.page - 1) * query.pageSize;
    const page: Page<AuditEvent> = {
      items: events.slice(start, start + query.pageSize),
      page: query.page,
      pageSize: query.pageSize,
      totalItems: events.length,
      totalPages: Math.max(1, Math.ceil(events.length / query.pageSize)),
    };
    return json(page);
  }),
];
