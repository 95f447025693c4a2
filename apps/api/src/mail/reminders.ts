import { Injectable } from '@nestjs/common';
import { addCalendarMonths, addDays, ConcernStatus, message, ProposalStatus, Role, UserStatus, type MessageCode } from '@inno/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, koreanDate } from '../clock/clock';
import { NotificationsService } from '../notifications/notifications.service';
import { AFTER_PILOT } from '../pilots/pilots.service';
import { PurchaseTargetsService } from '../purchase-targets/purchase-targets.service';

/** How far ahead of its day a check-in, a supplement deadline or a call's close is reminded of. */
const CHECK_IN_NOTICE_DAYS = 7;
const DEADLINE_NOTICE_DAYS = 3;
/** A designation's end is reminded of 90 days ahead, and again 30 days ahead. */
const EXPIRY_NOTICES = [30, 90] as const;
/** Mid-year: an institution under half its yearly target from this day is reminded. */
const MID_YEAR = '07-01';

interface Reminder {
  /** The kind stored with the subject: one reminder per kind, subject and due date. */
  key: string;
  subjectId: string;
  dueOn: string;
  notify: (manager: EntityManager) => Promise<void>;
}

/**
 * Reminders of what falls due, as notifications (and so mails). Each is sent once per subject and
 * due date, whichever process runs it and however often: the `reminders_sent` row is inserted in
 * the notification's transaction, and a second insert finds it.
 */
@Injectable()
export class Reminders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    private readonly targets: PurchaseTargetsService,
  ) {}

  /** Sends what is due today (the injected clock's Korean day); returns how many were sent. */
  async sendDue(): Promise<number> {
    const due = [...(await this.checkIns()), ...(await this.supplements()), ...(await this.callClosings()), ...(await this.expiries()), ...(await this.targetsBehind()), ...(await this.concernsOverdue())];
    let sent = 0;
    for (const reminder of due) {
      await this.dataSource.transaction(async (manager) => {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO reminders_sent (kind, subject_id, due_on) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING kind`,
          [reminder.key, reminder.subjectId, reminder.dueOn],
        );
        if (inserted.length === 0) return;
        await reminder.notify(manager);
        sent++;
      });
    }
    return sent;
  }

  private note(code: MessageCode, title: string, params: Record<string, string | number>, link: string) {
    return { title, body: title, titleMessage: message(code, params), bodyMessage: message(`${code}_BODY` as MessageCode, params), link };
  }

  /** Pilots' 3- and 6-month usage check-ins not yet answered, from a week before their day. */
  private async checkIns(): Promise<Reminder[]> {
    const today = koreanDate(this.clock.now());
    const pilots: { id: string; institution_id: string; use_ends_on: string; product: string; answered: number[] }[] = await this.dataSource.query(
      `SELECT a.id, a.institution_id, to_char(a.use_ends_on, 'YYYY-MM-DD') AS use_ends_on, p.name_ko AS product,
              coalesce(array_agg(c.month) FILTER (WHERE c.month IS NOT NULL), '{}') AS answered
         FROM pilot_applications a JOIN products p ON p.id = a.product_id LEFT JOIN pilot_check_ins c ON c.application_id = a.id
        WHERE a.status = ANY($1) AND a.use_ends_on IS NOT NULL GROUP BY a.id, p.name_ko`,
      [AFTER_PILOT],
    );
    return pilots.flatMap((pilot) =>
      ([3, 6] as const)
        .map((month) => ({ month, due: addCalendarMonths(pilot.use_ends_on, month) }))
        .filter(({ month, due }) => !pilot.answered.includes(month) && addDays(due, -CHECK_IN_NOTICE_DAYS) <= today && today <= due)
        .map(({ month, due }) => ({
          key: `REMIND_CHECK_IN:${month}`,
          subjectId: pilot.id,
          dueOn: due,
          notify: (manager: EntityManager) =>
            this.notifications.notifyInstitution(manager, pilot.institution_id, this.note('REMIND_CHECK_IN', `Check-in due: ${pilot.product}`, { product: pilot.product, month, due }, `/my/pilots/${pilot.id}`)),
        })),
    );
  }

  /** Supplements requested whose deadline comes within three days. */
  private async supplements(): Promise<Reminder[]> {
    const now = this.clock.now();
    const proposals: { id: string; company_id: string; deadline: Date; product: string }[] = await this.dataSource.query(
      `SELECT r.id, r.company_id, r.supplement_deadline AS deadline, p.name_ko AS product FROM proposals r JOIN products p ON p.id = r.product_id
        WHERE r.status = $1 AND r.supplement_deadline > $2::timestamptz AND r.supplement_deadline <= $2::timestamptz + make_interval(days => $3)`,
      [ProposalStatus.SUPPLEMENT_REQUESTED, now, DEADLINE_NOTICE_DAYS],
    );
    return proposals.map((proposal) => ({
      key: 'REMIND_SUPPLEMENT',
      subjectId: proposal.id,
      dueOn: koreanDate(proposal.deadline),
      notify: (manager: EntityManager) =>
        this.notifications.notifyCompany(manager, proposal.company_id, this.note('REMIND_SUPPLEMENT', `Supplement due: ${proposal.product}`, { title: proposal.product, deadline: proposal.deadline.toISOString() }, `/my/proposals/${proposal.id}`)),
    }));
  }

  /** Draft proposals of calls closing within three days. */
  private async callClosings(): Promise<Reminder[]> {
    const now = this.clock.now();
    const drafts: { id: string; company_id: string; call: string; closes_at: Date; product: string }[] = await this.dataSource.query(
      `SELECT r.id, r.company_id, c.title AS call, c.closes_at, p.name_ko AS product
         FROM proposals r JOIN calls c ON c.id = r.call_id JOIN products p ON p.id = r.product_id
        WHERE r.status = $1 AND c.closes_at > $2::timestamptz AND c.closes_at <= $2::timestamptz + make_interval(days => $3)`,
      [ProposalStatus.DRAFT, now, DEADLINE_NOTICE_DAYS],
    );
    return drafts.map((draft) => ({
      key: 'REMIND_CALL_CLOSING',
      subjectId: draft.id,
      dueOn: koreanDate(draft.closes_at),
      notify: (manager: EntityManager) =>
        this.notifications.notifyCompany(manager, draft.company_id, this.note('REMIND_CALL_CLOSING', `Call closing: ${draft.call}`, { call: draft.call, closesAt: draft.closes_at.toISOString(), product: draft.product }, `/my/proposals/${draft.id}`)),
    }));
  }

  /** Designations in force ending within 90 days, and again within 30 (only the nearer one when both apply). */
  private async expiries(): Promise<Reminder[]> {
    const today = koreanDate(this.clock.now());
    const designations: { product_id: string; company_id: string; valid_until: string; product: string }[] = await this.dataSource.query(
      `SELECT d.product_id, p.company_id, to_char(d.valid_until, 'YYYY-MM-DD') AS valid_until, p.name_ko AS product
         FROM designations d JOIN products p ON p.id = d.product_id
        WHERE d.ended_as IS NULL AND d.valid_until >= $1::date AND d.valid_until <= $2::date`,
      [today, addDays(today, EXPIRY_NOTICES[EXPIRY_NOTICES.length - 1])],
    );
    return designations.map((d) => {
      const days = EXPIRY_NOTICES.find((notice) => d.valid_until <= addDays(today, notice))!;
      return {
        key: `REMIND_DESIGNATION_EXPIRING:${days}`,
        subjectId: d.product_id,
        dueOn: d.valid_until,
        notify: (manager: EntityManager) =>
          this.notifications.notifyCompany(manager, d.company_id, this.note('REMIND_DESIGNATION_EXPIRING', `Designation ends in ${days} days: ${d.product}`, { product: d.product, days, validUntil: d.valid_until }, `/products/${d.product_id}`)),
      };
    });
  }

  /**
   * From July on, each institution whose purchases so far are under half its yearly target: once a
   * year, and only while still behind when the reminder runs.
   */
  private async targetsBehind(): Promise<Reminder[]> {
    const today = koreanDate(this.clock.now());
    const year = Number(today.slice(0, 4));
    if (today < `${year}-${MID_YEAR}`) return [];
    const { items } = await this.targets.ranking({ year });
    return items
      .filter((v) => !v.met && v.amount * 2 < v.targetAmount)
      .map((v) => ({
        key: 'REMIND_TARGET_BEHIND',
        subjectId: v.institution.id,
        dueOn: `${year}-${MID_YEAR}`,
        notify: (manager: EntityManager) =>
          this.notifications.notifyInstitution(
            manager,
            v.institution.id,
            this.note('REMIND_TARGET_BEHIND', `Behind the purchase target at mid-year: ${year}`, { year, amount: v.amount, targetAmount: v.targetAmount, gap: v.gap }, '/my/purchase-target'),
          ),
      }));
  }

  /** Observers' formal concerns past their answer day and still open: the operators, once per concern. */
  private async concernsOverdue(): Promise<Reminder[]> {
    const today = koreanDate(this.clock.now());
    const concerns: { id: string; answer_due_on: string; product: string }[] = await this.dataSource.query(
      `SELECT c.id, to_char(c.answer_due_on, 'YYYY-MM-DD') AS answer_due_on, coalesce(p.name_ko, co.name) AS product
         FROM concerns c JOIN decisions d ON d.id = c.decision_id LEFT JOIN products p ON p.id = d.product_id JOIN companies co ON co.id = d.company_id
        WHERE c.status = $1 AND c.answer_due_on < $2::date`,
      [ConcernStatus.OPEN, today],
    );
    return concerns.map((concern) => ({
      key: 'REMIND_CONCERN_OVERDUE',
      subjectId: concern.id,
      dueOn: concern.answer_due_on,
      notify: async (manager: EntityManager) => {
        const operators: { id: string }[] = await manager.query(`SELECT id FROM users WHERE role = $1 AND status = $2`, [Role.OPERATOR, UserStatus.ACTIVE]);
        await this.notifications.notifyUsers(
          manager,
          operators.map((o) => o.id),
          this.note('REMIND_CONCERN_OVERDUE', `An observer's concern is past its answer day: ${concern.product}`, { product: concern.product, answerDueOn: concern.answer_due_on }, '/operator/concerns'),
        );
      },
    }));
  }
}
