import { addDays, ChallengeStatus, Role } from '@inno/contracts';
import { actorOf, anyInstitution, makeDesignatedProduct } from '../../test/factories';
import type { SignedIn } from '../../test/designation-fixtures';
import { createTestApp, TestApp, TestClock } from '../../test/test-app';
import { Challenge } from '../challenges/challenge.entity';
import { koreanDate } from '../clock/clock';
import { Mail } from '../mail/mail.entity';
import { User } from '../users/user.entity';
import { SuggestionMails } from './suggestion-mails';

const DAY = 86_400_000;

describe('matchmaking: products suggested to an institution', () => {
  const clock = new TestClock();
  let t: TestApp;
  let operator: SignedIn;
  let buyer: SignedIn;
  let institutionId: string;
  const today = () => koreanDate(clock.now());
  const suggestions = (auth: Record<string, string>, id = institutionId) => t.http().get(`/api/v1/matchmaking/institutions/${id}/suggestions`).set(auth);

  /** An order of the product by the buyer, accepted by its supplier: a purchase that counts. */
  async function bought(by: SignedIn, product: { id: string; companyId: string }) {
    const order = (await t.http().post('/api/v1/orders').set(by.auth).send({ productId: product.id, quantity: 1, deliveryPlace: '청사 1층', deliveryDueOn: addDays(today(), 20) }).expect(201)).body;
    const supplier = await actorOf(t, Role.SUPPLIER, { companyId: product.companyId, companyAdmin: false });
    await t.http().post(`/api/v1/orders/${order.id}/accept`).set(supplier.auth).expect(200);
  }

  beforeAll(async () => {
    clock.set(`${koreanDate(new Date()).slice(0, 4)}-05-20T10:00:00+09:00`);
    t = await createTestApp({}, { clock });
    operator = await actorOf(t, Role.OPERATOR);
    // A public body in 환경; two other 환경 institutions and a city (another sector) buy.
    institutionId = (await anyInstitution(t, 'PB-012')).id;
    buyer = await actorOf(t, Role.BUYER, { institutionId });
  });
  afterAll(() => t?.close());

  it('ranks products in force by what the institution needs, what its sector bought and what it bought, each with its reason', async () => {
    const purifier = await makeDesignatedProduct(t, { categoryCode: 'ENV-01-01', nameKo: '교실 공기청정기', nameEn: 'Classroom air purifier' });
    const diagnostic = await makeDesignatedProduct(t, { categoryCode: 'MED-01-01', nameKo: '신속 진단 키트 판독기', nameEn: 'Rapid test reader' });
    const streetlight = await makeDesignatedProduct(t, { categoryCode: 'ENE-01-01', nameKo: '태양광 보안등', nameEn: 'Solar security light' });
    const sensor = await makeDesignatedProduct(t, { categoryCode: 'ENV-02-01', nameKo: '하천 수질 센서', nameEn: 'River water sensor' });
    const analyser = await makeDesignatedProduct(t, { categoryCode: 'ENV-02-01', nameKo: '휴대용 수질 측정기', nameEn: 'Portable water meter' });
    // In the challenge's category but its term ended (designated four years ago): never suggested.
    const lapsed = await makeDesignatedProduct(t, { categoryCode: 'MED-01-01', nameKo: '만료된 진단기', designatedOn: addDays(today(), -4 * 365) });

    for (const code of ['CG-014', 'CG-025']) await bought(await actorOf(t, Role.BUYER, { institutionId: (await anyInstitution(t, code)).id }), purifier);
    await bought(await actorOf(t, Role.BUYER, { institutionId: (await anyInstitution(t, 'LG-003')).id }), streetlight);
    await bought(buyer, sensor);
    await t.dataSource.getRepository(Challenge).save({
      institutionId, status: ChallengeStatus.PROPOSED, title: '보건소 감염병 신속 진단', need: '검사 대기 시간이 깁니다', currentMethod: '외부 검사 의뢰', currentCost: null,
      expectedEffect: '당일 판독', budget: null, quantity: null, field: 'MED-01-01', selectionReason: null, solutionCallId: null, ideaId: null, winnerProposalId: null, callId: null,
      purchase: null, submittedAt: clock.now(), createdBy: buyer.user.id,
    });

    const list = (await suggestions(buyer.auth).expect(200)).body;
    expect(list).toMatchObject({ institution: { id: institutionId, sector: '환경' }, asOf: today() });
    const reasonOf = (id: string) => list.items.find((s: { product: { id: string } }) => s.product.id === id)?.reason;
    expect(reasonOf(diagnostic.id)).toEqual({ code: 'MATCHES_CHALLENGE', params: { title: '보건소 감염병 신속 진단' } });
    expect(reasonOf(purifier.id)).toEqual({ code: 'SIMILAR_INSTITUTIONS_BOUGHT', params: { sector: '환경', count: 2 } });
    expect(reasonOf(analyser.id)).toEqual({ code: 'LIKE_PAST_PURCHASE', params: { product: '하천 수질 센서' } });
    expect(reasonOf(sensor.id)).toEqual({ code: 'BOUGHT_BEFORE', params: { product: '하천 수질 센서', on: today() } });
    // Another sector's purchase weighs least: bought by one institution, of another type and sector.
    expect(reasonOf(streetlight.id)).toEqual({ code: 'POPULAR_PRODUCT', params: { count: 1 } });
    expect(reasonOf(lapsed.id)).toBeUndefined();

    // Ranked by score (the evidence of each kind summed): its sector's purchase and its challenge over a stranger's purchase.
    const ids = list.items.map((s: { product: { id: string } }) => s.product.id);
    expect(list.items.map((s: { rank: number }) => s.rank)).toEqual(ids.map((_: string, i: number) => i + 1));
    const scores = list.items.map((s: { score: number }) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ids.slice(0, 2).sort()).toEqual([diagnostic.id, purifier.id].sort());
    expect(ids.at(-1)).toBe(streetlight.id);
    expect(list.items.find((s: { product: { id: string } }) => s.product.id === diagnostic.id).product).toMatchObject({ nameEn: 'Rapid test reader', categoryCode: 'MED-01-01', askingPrice: 1_000_000 });

    const two = (await suggestions(buyer.auth).query({ limit: 2 }).expect(200)).body;
    expect(two.items.map((s: { product: { id: string } }) => s.product.id)).toEqual(ids.slice(0, 2));
  });

  it('answers its own buyers and the agency, refuses other institutions’ buyers and suppliers', async () => {
    const other = await actorOf(t, Role.BUYER, { institutionId: (await anyInstitution(t, 'CG-014')).id });
    const supplier = await actorOf(t, Role.SUPPLIER);
    await suggestions(operator.auth).expect(200);
    await suggestions(other.auth).expect(403);
    await suggestions(supplier.auth).expect(403);
    await t.http().get(`/api/v1/matchmaking/institutions/${institutionId}/suggestions`).expect(401);
    await suggestions(operator.auth, '00000000-0000-4000-8000-000000000000').expect(404);
    await suggestions(buyer.auth).query({ limit: 51 }).expect(400);
  });

  it('mails each buyer the month’s suggestions once, in their language, with a link, unless they turned the kind off', async () => {
    const english = await actorOf(t, Role.BUYER, { institutionId });
    await t.dataSource.getRepository(User).update(english.user.id, { language: 'en' });
    const muted = await actorOf(t, Role.BUYER, { institutionId });
    await t.http().put('/api/v1/me/mail-preferences').set(muted.auth).send({ language: 'ko', mutedKinds: ['SUGGESTIONS_MONTHLY'] }).expect(200);
    const mails = (userId: string) => t.dataSource.getRepository(Mail).find({ where: { userId, kind: 'SUGGESTIONS_MONTHLY' }, order: { createdAt: 'ASC' } });
    const sender = t.app.get(SuggestionMails);

    await Promise.all([sender.sendDue(), sender.sendDue()]);
    await sender.sendDue();
    const [korean] = await mails(buyer.user.id);
    expect(await mails(buyer.user.id)).toHaveLength(1);
    const month = Number(today().slice(5, 7));
    expect(korean.subject).toBe(`${today().slice(0, 4)}년 ${month}월 우리 기관 맞춤 혁신제품 추천`);
    expect(korean.body).toContain('신속 진단 키트 판독기');
    expect(korean.link).toBe(`http://localhost:${t.config.PORT}/my/purchase-target`);
    const [inEnglish] = await mails(english.user.id);
    expect(inEnglish.subject).toBe(`Innovative products suggested for your institution: ${month}/${today().slice(0, 4)}`);
    expect(inEnglish.body).toContain('Rapid test reader');
    expect(inEnglish.language).toBe('en');
    expect(await mails(muted.user.id)).toEqual([]);

    // The next month, again once.
    clock.set(new Date(clock.now().getTime() + 31 * DAY));
    await sender.sendDue();
    await sender.sendDue();
    expect(await mails(buyer.user.id)).toHaveLength(2);
  });
});
