import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { Pagination } from './pagination';

describe('pagination', () => {
  it('is not shown on a list of one page, nor on an empty one', async () => {
    const { unmount } = renderWithProviders(
      <div data-testid="host">
        <Pagination page={1} pageSize={20} total={20} onChange={() => undefined} />
      </div>,
    );
    expect(await screen.findByTestId('host')).toBeEmptyDOMElement();
    unmount();
    renderWithProviders(
      <div data-testid="host">
        <Pagination page={1} pageSize={20} total={0} onChange={() => undefined} />
      </div>,
    );
    expect(await screen.findByTestId('host')).toBeEmptyDOMElement();
  });

  it('offers previous and next when there is more than one page', async () => {
    renderWithProviders(<Pagination page={1} pageSize={20} total={21} onChange={() => undefined} />);
    expect(await screen.findByRole('button', { name: '다음' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '이전' })).toBeDisabled();
  });

  it('keeps the way back from past the last page', async () => {
    renderWithProviders(<Pagination page={3} pageSize={20} total={5} onChange={() => undefined} />);
    expect(await screen.findByRole('button', { name: '이전' })).toBeEnabled();
  });
});
