import { INCUBATION_ACTIONS_WITH_REASON, type IncubationAction, type IncubationTaskView } from '@inno/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, QueryError, StatusMessage } from '../../../components/alerts';
import { DescriptionList } from '../../../components/description-list';
import { TextAreaField } from '../../../components/field';
import { Pagination } from '../../../components/pagination';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useIncubationTasks } from '../api/get-incubation-tasks';
import { useMoveIncubationTask } from '../api/move-incubation-task';

const PAGE_SIZE = 20;

/** The operators' incubation tasks, soonest due first: each started, then done or dropped with a reason. */
export function IncubationTasks() {
  const { t } = useTranslation('ideas');
  const [page, setPage] = useState(1);
  const tasks = useIncubationTasks({ page, pageSize: PAGE_SIZE });
  return (
    <section aria-labelledby="incubation-tasks-title" data-testid="incubation-tasks">
      <h2 id="incubation-tasks-title">{t('incubation.title')}</h2>
      <p className="muted">{t('incubation.lead')}</p>
      {tasks.isPending ? <Loading /> : null}
      {tasks.isError ? <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} /> : null}
      {tasks.data ? (
        tasks.data.items.length === 0 ? (
          <p>{t('incubation.empty')}</p>
        ) : (
          <>
            <ul className="card-list" aria-busy={tasks.isFetching || undefined}>
              {tasks.data.items.map((task) => (
                <IncubationTaskCard key={task.id} task={task} />
              ))}
            </ul>
            <Pagination page={tasks.data.page} pageSize={tasks.data.pageSize} total={tasks.data.total} onChange={setPage} />
          </>
        )
      ) : null}
    </section>
  );
}

function IncubationTaskCard({ task }: { task: IncubationTaskView }) {
  const { t } = useTranslation('ideas');
  const move = useMoveIncubationTask();
  const form = useFormErrors(['reason']);
  const [reason, setReason] = useState('');
  const [moved, setMoved] = useState(false);
  const needsReason = task.availableActions.some((action) => INCUBATION_ACTIONS_WITH_REASON.includes(action));

  const run = (action: IncubationAction) => {
    setMoved(false);
    const withReason = INCUBATION_ACTIONS_WITH_REASON.includes(action);
    if (withReason && !form.check(reason.trim() ? {} : { reason: [t('incubation.reasonRequired')] })) return;
    move.mutate(
      { id: task.id, action, ...(withReason ? { reason: reason.trim() } : {}) },
      {
        onSuccess: () => {
          setMoved(true);
          setReason('');
          form.reset();
        },
        onError: (error) => form.fail(error),
      },
    );
  };

  return (
    <li className="card" data-testid={`incubation-task-${task.id}`}>
      <h3>{task.idea.title}</h3>
      <p>
        <span className="badge" data-testid={`incubation-status-${task.id}`}>
          {t(`incubation.status.${task.status}`)}
        </span>
      </p>
      <DescriptionList
        items={[
          { key: 'owner', term: t('incubation.owner'), value: task.owner.institution?.name ?? task.owner.team ?? '' },
          { key: 'goal', term: t('incubation.goal'), value: task.goal },
          { key: 'dueOn', term: t('incubation.dueOn'), value: task.dueOn },
          ...(task.reason ? [{ key: 'reason', term: t('incubation.reason'), value: task.reason }] : []),
        ]}
      />
      {form.alert ? <ErrorAlert title={form.alert.title} messages={form.alert.messages} requestId={form.alert.requestId} /> : null}
      {moved ? <StatusMessage testId={`incubation-moved-${task.id}`}>{t('incubation.moved')}</StatusMessage> : null}
      {needsReason ? (
        <TextAreaField
          id={`incubation-reason-${task.id}`}
          label={t('incubation.reason')}
          hint={t('incubation.reasonHint')}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            form.clearField('reason');
          }}
          errors={form.errors.reason}
        />
      ) : null}
      {task.availableActions.length ? (
        <div className="button-row">
          {task.availableActions.map((action) => (
            <button key={action} type="button" disabled={move.isPending} onClick={() => run(action)} data-testid={`incubation-${action}-${task.id}`}>
              {t(`incubation.actions.${action}`)}
            </button>
          ))}
        </div>
      ) : null}
    </li>
  );
}
