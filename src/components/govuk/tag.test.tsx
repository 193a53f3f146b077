import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { govukFixture, normaliseHtml } from '../testing/govuk-fixtures';
import { Tag, type TagColour } from './tag';

describe('Tag', () => {
  // Fixture name -> our colour. v6 renamed turquoise to teal and pink to magenta.
  const cases: [string, TagColour | undefined][] = [
    ['default', undefined],
    ['grey', 'grey'],
    ['turquoise', 'teal'],
    ['pink', 'magenta'],
    ['red', 'red'],
    ['yellow', 'yellow'],
  ];

  it.each(cases)('renders the govuk-frontend "%s" fixture markup', (name, colour) => {
    const fixture = govukFixture('tag', name);
    const { container } = render(<Tag colour={colour}>{String(fixture.options.text)}</Tag>);
    expect(normaliseHtml(container)).toBe(normaliseHtml(fixture.html));
  });

  it('maps the deprecated colour names to the v6 classes', () => {
    render(
      <>
        <Tag colour="turquoise">Booked</Tag>
        <Tag colour="pink">Paused</Tag>
      </>,
    );
    expect(screen.getByText('Booked')).toHaveClass('govuk-tag govuk-tag--teal');
    expect(screen.getByText('Paused')).toHaveClass('govuk-tag govuk-tag--magenta');
  });
});
