import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LoadingState } from './loading-state';

function Page({ loading }: { loading: boolean }) {
  return (
    <main id="main-content" tabIndex={-1}>
      <a href="/children">Back to the caseload</a>
      {loading ? (
        <LoadingState
          label="Loading the child’s record"
          pageHeading
          loadedMessage="Child record loaded"
        />
      ) : (
        <>
          <h1>Ada Lovelace</h1>
          <a href="/children/1/reviews/new">Record a review</a>
        </>
      )}
    </main>
  );
}

describe('LoadingState', () => {
  it('says what is loading in a status region, without a heading of its own', () => {
    render(<LoadingState label="Loading the caseload" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the caseload');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });

  it('keeps focus on the page heading while loading, then on the content, and says it arrived', async () => {
    const { rerender } = render(<Page loading />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Loading the child’s record' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.getByRole('status')).toContainElement(heading);

    rerender(<Page loading={false} />);
    const content = screen.getByRole('heading', { level: 1, name: 'Ada Lovelace' });
    await waitFor(() => {
      expect(content).toHaveFocus();
    });
    // Said in the document's polite live region, which outlives the loading state.
    const said = screen.getAllByRole('status').find((region) => region.id === 'app-live-announcer');
    expect(said).toHaveTextContent('Child record loaded');
    expect(said).toHaveAttribute('aria-live', 'polite');
    // Focus was given, not trapped: the heading lets it go again when the person moves on.
    screen.getByRole('link', { name: 'Record a review' }).focus();
    expect(content).not.toHaveAttribute('tabindex');
  });

  it('leaves focus where the person put it', async () => {
    const { rerender } = render(<Page loading />);
    const back = screen.getByRole('link', { name: 'Back to the caseload' });
    back.focus();
    rerender(<Page loading={false} />);
    await screen.findByText('Child record loaded');
    // Two frames: the loading state's and the content's.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(back).toHaveFocus();
  });

  it('as a route’s loading heading, leaves focus where the browser put it, then and after', async () => {
    const { rerender } = render(
      <main id="main-content" tabIndex={-1}>
        <LoadingState label="Loading the caseload" pageHeading takeFocus={false} />
      </main>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Loading the caseload' })).toBeVisible();
    rerender(
      <main id="main-content" tabIndex={-1}>
        <h1>My caseload</h1>
      </main>,
    );
    // Two frames: the loading state's and the content's.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(document.body).toHaveFocus();
  });
});
