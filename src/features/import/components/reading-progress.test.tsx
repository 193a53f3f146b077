import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReadingProgress } from './reading-progress';

describe('ReadingProgress', () => {
  it('is a labelled progress bar with its value and the stage in words', () => {
    render(<ReadingProgress fraction={0.426} stage="Reading the episodes file" />);
    const bar = screen.getByRole('progressbar', { name: 'Reading the files' });
    expect(bar).toHaveAttribute('value', '43');
    expect(bar).toHaveAttribute('max', '100');
    expect(screen.getByRole('status')).toHaveTextContent('Reading the episodes file');
    expect(screen.getByText('(43%)')).toBeInTheDocument();
  });

  it('keeps the value between 0 and 100', () => {
    render(<ReadingProgress fraction={1.7} stage="Done" />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '100');
  });
});
