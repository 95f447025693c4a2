import { Injectable } from '@nestjs/common';
import { SUGGESTION_LIMITS, type SuggestionList } from '@inno/contracts';
import { DataSource } from 'typeorm';
import { Clock, koreanDate } from '../clock/clock';
import { NotFoundError } from '../common/domain-errors';
import { Institution } from '../institutions/institution.entity';
import { holdOutHitRate, type HitRate } from './hit-rate';
import { allMatchData, matchDataFor } from './match-data';
import { MatchIndex, rankProducts } from './ranker';

/** Designated products in force suggested to an institution, each with the reason that weighs most. */
@Injectable()
export class MatchmakingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async suggestions(institutionId: string, limit: number = SUGGESTION_LIMITS.default): Promise<SuggestionList> {
    const institution = await this.dataSource.getRepository(Institution).findOneBy({ id: institutionId });
    if (!institution) throw new NotFoundError('institution', institutionId);
    const asOf = koreanDate(this.clock.now());
    const index = new MatchIndex(await matchDataFor(this.dataSource, institutionId, asOf));
    return {
      institution: { id: institution.id, name: institution.name, nameEn: institution.nameEn, sector: institution.sector },
      asOf,
      items: rankProducts(index, institutionId, { asOf, limit }).map(({ product, score, reason }, i) => ({
        rank: i + 1,
        product: {
          id: product.id,
          nameKo: product.nameKo,
          nameEn: product.nameEn,
          companyName: product.companyName,
          categoryCode: product.categoryPath[product.categoryPath.length - 1],
          askingPrice: product.askingPrice,
          tradingUnit: product.tradingUnit,
          validUntil: product.validUntil,
        },
        score,
        reason,
      })),
    };
  }

  /** Hit rate at k on the platform's own records, each institution's most recent purchase held out. */
  async hitRate(k = 10): Promise<HitRate> {
    return holdOutHitRate(new MatchIndex(await allMatchData(this.dataSource)), k);
  }
}
