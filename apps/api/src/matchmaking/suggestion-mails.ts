import { Injectable } from '@nestjs/common';
import { message, Role, UserStatus, type Language } from '@inno/contracts';
import { DataSource } from 'typeorm';
import { Clock, koreanDate } from '../clock/clock';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import { MatchmakingService } from './matchmaking.service';

/** The kind of the monthly mail (a mail kind users may turn off) and of its once-a-month mark. */
const KIND = 'SUGGESTIONS_MONTHLY';
/** How many products a monthly mail names; the page linked shows the whole list. */
const IN_MAIL = 5;
export const SUGGESTIONS_PATH = '/my/purchase-target';

/**
 * Once a month, each institution's buyers get its suggestions by mail, in each one's language,
 * unless they turned the kind off (MailService.write drops them). Sent once per institution and
 * month whichever process runs it and however often: the `reminders_sent` mark is inserted in the
 * mail's transaction, and a second insert finds it.
 */
@Injectable()
export class SuggestionMails {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly matchmaking: MatchmakingService,
  ) {}

  /** Sends this month's mails not sent yet; returns how many institutions were mailed. */
  async sendDue(): Promise<number> {
    const today = koreanDate(this.clock.now());
    const [year, month] = today.split('-');
    const dueOn = `${year}-${month}-01`;
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT u.institution_id AS id FROM users u
        WHERE u.role = $1 AND u.status = $2 AND u.institution_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM reminders_sent r WHERE r.kind = $3 AND r.subject_id = u.institution_id AND r.due_on = $4::date)
        ORDER BY 1`,
      [Role.BUYER, UserStatus.ACTIVE, KIND, dueOn],
    );
    let sent = 0;
    for (const { id } of due) {
      const { items } = await this.matchmaking.suggestions(id, IN_MAIL);
      await this.dataSource.transaction(async (manager) => {
        const marked: unknown[] = await manager.query(`INSERT INTO reminders_sent (kind, subject_id, due_on) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING kind`, [KIND, id, dueOn]);
        // Marked even with nothing to suggest: the month is done for the institution either way.
        if (marked.length === 0 || items.length === 0) return;
        const buyers = await manager.find(User, { where: { institutionId: id, role: Role.BUYER, status: UserStatus.ACTIVE }, select: { id: true, language: true } });
        for (const language of new Set(buyers.map((b) => b.language))) {
          const products = items.map((s) => (language === ('en' satisfies Language) ? s.product.nameEn : s.product.nameKo)).join(', ');
          await this.mail.write(
            manager,
            buyers.filter((b) => b.language === language).map((b) => b.id),
            {
              titleMessage: message(KIND, { year, month: String(Number(month)) }),
              bodyMessage: message('SUGGESTIONS_MONTHLY_BODY', { year, month: String(Number(month)), count: items.length, products }),
              link: SUGGESTIONS_PATH,
            },
          );
        }
        sent++;
      });
    }
    return sent;
  }
}
