/** pg-boss's schema on the platform's database, created by the owner in a migration. */
export const QUEUE_SCHEMA = 'pgboss';

/** Mails of the outbox, one job per mail (the job's id is the mail's). */
export const MAIL_QUEUE = 'mail';
/** The platform's own moves on a timer: expiry, lapsed supplements, reminders. */
export const SCHEDULED_WORK_QUEUE = 'scheduled-work';
/** Type 1 CSV imports, one job per import. */
export const PRODUCT_IMPORT_QUEUE = 'product-import';

/** Every queue: each is a partition created by the migration, as the API's role may not create one. */
export const JOB_QUEUES = [MAIL_QUEUE, SCHEDULED_WORK_QUEUE, PRODUCT_IMPORT_QUEUE] as const;
