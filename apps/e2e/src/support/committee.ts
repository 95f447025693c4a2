import { CallKind, Role, SCREENING_CHECKLIST } from '@inno/contracts';
import { PlatformApi } from './api';
import { DEMO_PASSWORD, demoEmail } from './demo';

/**
 * A proposal placed on a session meeting today, chaired by the demo committee member, set up through
 * the API as the supplier and the operator would. `otherMembers` (demo e-mails) sit on the session too.
 */
export async function agendaItemForDemoMember({ otherMembers = [] }: { otherMembers?: string[] } = {}): Promise<{ sessionId: string; itemId: string; memberIds: string[] }> {
  const supplier = await PlatformApi.signIn(demoEmail(Role.SUPPLIER), DEMO_PASSWORD);
  const operator = await PlatformApi.signIn(demoEmail(Role.OPERATOR), DEMO_PASSWORD);
  const committee = await PlatformApi.signIn(demoEmail(Role.COMMITTEE), DEMO_PASSWORD);
  const me = await committee.call<{ id: string }>('GET', '/auth/me');
  const others = await Promise.all(otherMembers.map(async (email) => (await (await PlatformApi.signIn(email, DEMO_PASSWORD)).call<{ id: string }>('GET', '/auth/me')).id));
  const product = await supplier.call<{ id: string }>('POST', '/products', {
    nameKo: '무선 누수 감지 센서', nameEn: 'Wireless leak sensor', modelName: 'WLS-1', description: '지하 시설의 누수를 감지해 알립니다.',
    categoryCode: 'SAF-02-02', goodsClassNo: '41112201', detailItemNo: '4111220101', tradingUnit: '개', askingPrice: 180_000,
    certifications: ['KC'], patents: [{ number: '10-2233445', title: '무선 누수 감지', expiresOn: '2036-01-31' }], trl: 8, region: '서울특별시',
  });
  // An open call for suppliers' proposals (the demo also has a challenge's solution call open, its proposals sealed).
  const calls = await operator.call<{ items: { id: string; kind: CallKind }[] }>('GET', '/calls?phase=OPEN');
  const call = calls.items.find((open) => open.kind === CallKind.SUPPLIER_PROPOSAL)!;
  const proposal = await supplier.call<{ id: string }>('POST', '/proposals', {
    callId: call.id, productId: product.id, subArea: 'SAF', innovation: '배선 없는 누수 감지', publicValue: '지하철 역사 침수 예방', pilotPlan: '역사 2곳 6개월',
  });
  await supplier.call('POST', `/proposals/${proposal.id}/submit`);
  await operator.call('POST', `/proposals/${proposal.id}/start-screening`);
  await operator.call('POST', `/proposals/${proposal.id}/pass-screening`, { checklist: SCREENING_CHECKLIST.map((key) => ({ key, passed: true, reason: '적합' })) });
  // Scoring opens on the session's date in Korea: the session meets today.
  const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
  const session = await operator.call<{ id: string }>('POST', '/committee-sessions', {
    title: '혁신제품 지정 평가 (브라우저 시험)', startsAt: `${today}T00:00:00+09:00`, endsAt: `${today}T23:59:00+09:00`,
    onlineUrl: 'https://meet.example.kr/e2e', memberIds: [me.id, ...others], chairId: me.id,
  });
  const withItem = await operator.call<{ items: { id: string }[] }>('POST', `/committee-sessions/${session.id}/items`, { proposalId: proposal.id });
  return { sessionId: session.id, itemId: withItem.items[0].id, memberIds: others };
}
