import { Tag } from '@/components';
import type { ReadinessItemResponse } from '@/lib/api/schemas';
import { READINESS_COLOURS, READINESS_LABELS } from '../lib/labels';

/** The readiness checklist: each item with its state in words and what is missing. */
export function ReadinessList({ items }: { items: readonly ReadinessItemResponse[] }) {
  return (
    <ul className="govuk-task-list">
      {items.map((item) => (
        <li key={item.code} className="govuk-task-list__item">
          <div className="govuk-task-list__name-and-hint">
            <span>{item.label}</span>
            <div className="govuk-task-list__hint">{item.detail}</div>
          </div>
          <div className="govuk-task-list__status">
            <Tag colour={READINESS_COLOURS[item.state]}>{READINESS_LABELS[item.state]}</Tag>
          </div>
        </li>
      ))}
    </ul>
  );
}
