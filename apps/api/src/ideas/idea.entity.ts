import type { IdeaRoute, IdeaScores, IdeaStatus } from '@inno/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A citizen's idea for a public need (domain.md §3.3). */
@Entity({ name: 'ideas' })
export class Idea {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Index() @Column({ type: 'varchar', length: 16 }) status: IdeaStatus;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text' }) problem: string;
  @Column({ type: 'text' }) affected: string;
  @Column({ type: 'text' }) idea: string;
  @Column({ name: 'where_used', type: 'text' }) whereUsed: string;
  /** YYYY-MM in Korea time: the monthly review the idea belongs to. */
  @Index() @Column({ type: 'char', length: 7 }) month: string;
  /** Distinct supporters, kept with the supports in the same transaction (see IdeasService.support). */
  @Column({ name: 'support_count', type: 'integer', default: 0 }) supportCount: number;
  @Column({ name: 'review_id', type: 'uuid', nullable: true }) reviewId: string | null;
  @Column({ type: 'jsonb', nullable: true }) scores: IdeaScores | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) route: IdeaRoute | null;
  @Column({ name: 'outcome_reason', type: 'text', nullable: true }) outcomeReason: string | null;
  @Column({ name: 'challenge_id', type: 'uuid', nullable: true }) challengeId: string | null;
  @Column({ name: 'hidden_reason', type: 'text', nullable: true }) hiddenReason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** One support per person per idea: the primary key makes a second one impossible. */
@Entity({ name: 'idea_supports' })
export class IdeaSupport {
  @PrimaryColumn({ name: 'idea_id', type: 'uuid' }) ideaId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A month's review of ideas: at most `maxSelected` (a rule setting, copied when opened) are selected. */
@Entity({ name: 'idea_reviews' })
export class IdeaReview {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'char', length: 7, unique: true }) month: string;
  @Column({ type: 'varchar', length: 8 }) status: 'OPEN' | 'CLOSED';
  @Column({ name: 'max_selected', type: 'integer' }) maxSelected: number;
  @Column({ name: 'opened_by', type: 'uuid' }) openedBy: string;
  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' }) openedAt: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
}
