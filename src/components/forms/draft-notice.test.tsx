import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DraftOfferNotice, DraftSaveStatus } from './draft-notice';

describe('DraftOfferNotice', () => {
  it('says when the draft was saved, in UK time, and offers to continue or discard it', async () => {
    const onContinue = vi.fn();
    const onDiscard = vi.fn();
    render(
      <DraftOfferNotice
        // 13:32 UTC is 14:32 in London in summer (BST); 1 December is GMT.
        savedAt="2026-07-01T13:32:00.000Z"
        recordChanged={false}
        onContinue={onContinue}
        onDiscard={onDiscard}
      />,
    );
    const banner = screen.getByRole('region', { name: 'Important' });
    expect(banner).toHaveTextContent('You have a draft from 14:32 on 1 July 2026');
    expect(banner).not.toHaveTextContent('The record has changed');
    await userEvent.click(screen.getByRole('button', { name: 'Continue with the draft' }));
    expect(onContinue).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Discard the draft' }));
    expect(onDiscard).toHaveBeenCalledTimes(1);
  });

  it('says so when the record has changed since, and gives the London date just after midnight', () => {
    render(
      <DraftOfferNotice
        savedAt="2026-06-30T23:15:00.000Z"
        recordChanged
        onContinue={() => undefined}
        onDiscard={() => undefined}
      />,
    );
    const banner = screen.getByRole('region', { name: 'Important' });
    expect(banner).toHaveTextContent('You have a draft from 00:15 on 1 July 2026');
    expect(banner).toHaveTextContent('The record has changed since you saved the draft.');
  });
});

describe('DraftSaveStatus', () => {
  it('is an empty polite status until a save, then says when, or that it failed', () => {
    const { rerender } = render(<DraftSaveStatus status={{ kind: 'idle' }} />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('');
    rerender(<DraftSaveStatus status={{ kind: 'saved', at: '2026-12-01T14:32:05.000Z' }} />);
    expect(status).toHaveTextContent('Draft saved at 14:32');
    rerender(<DraftSaveStatus status={{ kind: 'failed', at: '2026-12-01T14:33:00.000Z' }} />);
    expect(status).toHaveTextContent(
      'The draft could not be saved at 14:33. What you have typed is still here',
    );
  });
});
