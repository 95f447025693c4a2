import { Role, type SignupResponse } from '@inno/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SignUpForm } from '../components/sign-up-form';

export function SignUpRoute() {
  const { t } = useTranslation();
  const [done, setDone] = useState<SignupResponse | null>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  if (done) {
    return (
      <section className="page page--narrow" data-testid="sign-up-done" data-can-sign-in={String(done.canSignIn)}>
        <h1 ref={doneHeading} tabIndex={-1}>
          {t('auth.signUp.doneTitle')}
        </h1>
        <p className={done.canSignIn ? 'alert alert--success' : 'alert alert--info'} role="status">
          {done.canSignIn
            ? t('auth.signUp.doneActive')
            : done.user.role === Role.SUPPLIER
              ? t('auth.signUp.donePendingCompany')
              : t('auth.signUp.donePending')}
        </p>
        {done.canSignIn ? (
          <p>
            <Link className="button" to="/sign-in">
              {t('auth.signUp.signInLink')}
            </Link>
          </p>
        ) : null}
      </section>
    );
  }

  return (
    <section className="page page--narrow">
      <h1 id="sign-up-title">{t('auth.signUp.title')}</h1>
      <SignUpForm onSignedUp={setDone} />
      <p className="page__aside">
        {t('auth.signUp.haveAccount')} <Link to="/sign-in">{t('auth.signUp.signInLink')}</Link>
      </p>
    </section>
  );
}
