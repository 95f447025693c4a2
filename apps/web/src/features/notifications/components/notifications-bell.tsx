import type { NotificationView } from '@inno/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatKoreaDateTime } from '../../../lib/korea-time';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { useMessageText } from '../../../lib/messages';

const PARAMS = { page: 1, pageSize: 10 };

/** The header's bell: the unread count, and a list of the latest notifications to read and mark read. */
export function NotificationsBell() {
  const { t, i18n } = useTranslation();
  const { word } = useMessageText();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const notifications = useNotifications(PARAMS);
  const markRead = useMarkNotificationRead();
  const unread = notifications.data?.unread ?? 0;

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  // A click outside closes the list; Escape closes it wherever the focus is (a "mark read" button goes once used).
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const read = (item: NotificationView) => {
    if (!item.readAt && !markRead.isPending) markRead.mutate(item.id);
  };

  return (
    <div className="notifications">
      <button
        ref={button}
        type="button"
        className="notifications__button"
        data-testid="notifications"
        aria-expanded={open}
        aria-controls="notifications-panel"
        onClick={() => setOpen((previous) => !previous)}
      >
        <span aria-hidden="true">🔔 </span>
        {t('notifications.title')}{' '}
        {/* The name read out begins with what is shown (WCAG 2.5.3): "알림 1", then "건 (읽지 않음)". */}
        <span className={`notifications__count${unread ? ' notifications__count--unread' : ''}`} data-testid="notifications-count">
          {unread}
        </span>
        <span className="visually-hidden">{t('notifications.unreadSuffix', { count: unread })}</span>
      </button>
      {open ? (
        <div
          ref={panel}
          id="notifications-panel"
          className="notifications__panel"
          tabIndex={-1}
          role="region" aria-label={t('notifications.panelLabel')} data-testid="notifications-panel">
          {notifications.isError ? <p role="alert">{t('notifications.loadFailed')}</p> : null}
          {notifications.data?.items.length === 0 ? <p className="muted">{t('notifications.empty')}</p> : null}
          <ul className="notifications__list">
            {notifications.data?.items.map((item) => (
              <li
                key={item.id}
                className={`notification${item.readAt ? '' : ' notification--unread'}`}
                data-testid={`notification-${item.id}`}
                data-read={item.readAt !== null}
              >
                <p className="notification__title">
                  {item.readAt ? null : <span className="visually-hidden">{t('notifications.unread')}: </span>}
                  {item.link ? (
                    <Link
                      to={item.link}
                      onClick={() => {
                        read(item);
                        setOpen(false);
                      }}
                    >
                      {word(item.titleMessage)}
                    </Link>
                  ) : (
                    word(item.titleMessage)
                  )}
                </p>
                <p className="notification__body">{word(item.bodyMessage)}</p>
                <p className="notification__meta">
                  <time dateTime={item.createdAt}>{formatKoreaDateTime(item.createdAt, i18n.language)}</time>
                  {item.readAt ? null : (
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      data-testid={`notification-read-${item.id}`}
                      aria-label={t('notifications.markReadLabel', { title: word(item.titleMessage) })}
                      onClick={() => {
                        read(item);
                        // The button goes once the item is read: keep the focus in the list.
                        panel.current?.focus();
                      }}
                    >
                      {t('notifications.markRead')}
                    </button>
                  )}
                </p>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--small button--secondary" onClick={() => close(true)}>
            {t('notifications.close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
