import type { MinutesView } from '@inno/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';

const minutes: MinutesView = {
  sessionId: 's-1',
  title: '2026년 12월 혁신제품 지정 평가위원회',
  startsAt: '2026-12-18T05:00:00.000Z',
  place: '제1평가장',
  attendance: [
    { name: '김위원장', presence: 'ROOM', scoredItems: 2 },
    { name: '이위원', presence: 'ONLINE', scoredItems: 1 },
    { name: '박위원', presence: 'ABSENT', scoredItems: 0 },
  ],
  recusals: [{ productName: '스마트 소화기', memberName: '이위원' }],
  items: [
    {
      subject: 'PROPOSAL',
      productName: '실내 공기질 측정 드론',
      companyName: '(주)혁신',
      aggregate: 82.5,
      passed: true,
      reasons: [],
      reasonMessages: [],
      totals: [90, 75],
      present: 2,
      votes: { for: 2, against: 0, abstain: 0 },
      closedAt: '2026-12-18T07:00:00.000Z',
    },
    {
      subject: 'PROPOSAL',
      productName: '스마트 소화기',
      companyName: '(주)안전',
      aggregate: 55,
      passed: false,
      reasons: ['Overall 55 of 100, below the pass mark 70'],
      reasonMessages: [{ code: 'OVERALL_BELOW_PASS', params: { aggregate: 55, total: 100, passMark: 70 } }],
      totals: [55],
      present: 1,
      votes: null,
      closedAt: '2026-12-18T07:30:00.000Z',
    },
  ],
};

describe('minutes', () => {
  it('publishes attendance, recusals and each result with its scores but no names', async () => {
    renderApp('/minutes/s-1', { api: { 'GET /committee-sessions/:id/minutes': { body: minutes } } });
    expect(await screen.findByRole('heading', { level: 1, name: minutes.title })).toBeInTheDocument();
    expect(screen.getByTestId('minutes-facts-startsAt')).toHaveTextContent('2026. 12. 18. PM 2:00');
    const passed = screen.getByTestId('minutes-item-0');
    expect(passed).toHaveAttribute('data-passed', 'true');
    expect(passed).toHaveTextContent('통과 · 평균 82.5점');
    expect(screen.getByTestId('minutes-item-0-totals')).toHaveTextContent('위원 점수(2명, 이름 비공개): 90, 75');
    expect(screen.getByTestId('minutes-item-0-totals')).not.toHaveTextContent('김위원장');
    const failed = screen.getByTestId('minutes-item-1');
    expect(failed).toHaveTextContent('탈락 · 평균 55점');
    expect(failed).toHaveTextContent('총점 100점 중 55점으로 기준 70점에 못 미칩니다.');
    // A published text: Korean first, English beside it, each marked with its language.
    const [reason] = within(screen.getByTestId('minutes-item-1-reasons')).getAllByRole('listitem');
    expect([...reason.children].map((part) => [part.getAttribute('lang'), part.textContent])).toEqual([
      ['ko', '총점 100점 중 55점으로 기준 70점에 못 미칩니다.'],
      ['en', 'Overall 55 of 100, below the pass mark 70.'],
    ]);
    expect(screen.getByTestId('minutes-item-0-votes')).toHaveTextContent('출석 위원 2명 투표: 찬성 2, 반대 0, 기권 0');
    expect(screen.queryByTestId('minutes-item-1-votes')).not.toBeInTheDocument();
    const attendance = within(screen.getByTestId('minutes-attendance'));
    expect(attendance.getByRole('row', { name: '김위원장 회의실 출석 2' })).toBeInTheDocument();
    expect(attendance.getByRole('row', { name: '박위원 불참 0' })).toBeInTheDocument();
    expect(screen.getByTestId('minutes-recusals')).toHaveTextContent('이위원 위원: 스마트 소화기 안건에서 제척');
  });
});
