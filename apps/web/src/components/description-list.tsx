import type { ReactNode } from 'react';

export function DescriptionList({ items, testId }: { items: { term: string; value: ReactNode; key: string }[]; testId?: string }) {
  return (
    <dl className="description-list" data-testid={testId}>
      {items.map((item) => (
        <div key={item.key} className="description-list__row">
          <dt>{item.term}</dt>
          <dd data-testid={testId ? `${testId}-${item.key}` : undefined}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
