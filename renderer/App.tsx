import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { SessionUser } from '../main/contract/auth';
import { DEFAULT_TIME_ZONE, type Language, languageSchema } from '../main/contract/money';
import { call, hasSession, onSessionLost, setSession } from './api/client';
import { LanguagePicker } from './components/LanguagePicker';
import { Shell } from './components/Shell';
import { I18nProvider, translate } from './i18n/index';
import { useIdleLock } from './idle';
import { navigate, useRoute } from './router';
import { routes } from './routes';
import { HomeScreen } from './screens/home/HomeScreen';
import { FirstRunScreen } from './screens/login/FirstRunScreen';
import { LoginScreen } from './screens/login/LoginScreen';
import { hasRole, SessionContext } from './session';

const LANG_KEY = 'till.language';

function initialLanguage(): Language {
  const parsed = languageSchema.safeParse(localStorage.getItem(LANG_KEY));
  return parsed.success ? parsed.data : 'nl';
}

type Stage =
  | { kind: 'loading' }
  | { kind: 'first-run' }
  | { kind: 'login'; locked?: SessionUser }
  | { kind: 'in'; user: SessionUser };

export function App() {
  const [lang, setLang] = useState<Language>(initialLanguage);
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });
  const [practice, setPractice] = useState(false);
  const [idleMinutes, setIdleMinutes] = useState<number | null>(null);
  const [timeZone, setTimeZone] = useState(DEFAULT_TIME_ZONE);
  const path = useRoute();

  const chooseLanguage = useCallback((next: Language) => {
    setLang(next);
    localStorage.setItem(LANG_KEY, next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'common.appName');
  }, [lang]);

  // The shop's settings every screen shares; read again after a coordinator changes them.
  const loadShop = useCallback(async () => {
    const status = await call('setup:get-status', {});
    if (status.ok) {
      setPractice(status.value.practiceMode);
      setIdleMinutes(status.value.idleLockMinutes);
      setTimeZone(status.value.timeZone);
    }
    return status;
  }, []);

  useEffect(() => {
    void (async () => {
      const status = await loadShop();
      if (status.ok && status.value.needsFirstCoordinator) return setStage({ kind: 'first-run' });
      if (hasSession()) {
        const me = await call('auth:get-session', {});
        if (me.ok) {
          chooseLanguage(me.value.language);
          return setStage({ kind: 'in', user: me.value });
        }
      }
      setStage({ kind: 'login' });
    })();
  }, [chooseLanguage, loadShop]);

  // Idle lock: the main process refuses the next call; the same user types their PIN again.
  useEffect(() => onSessionLost(() => setStage((s) => (s.kind === 'in' ? { kind: 'login', locked: s.user } : s))), []);

  const lockNow = useCallback(() => {
    setSession(undefined);
    setStage((s) => (s.kind === 'in' ? { kind: 'login', locked: s.user } : s));
  }, []);
  useIdleLock(stage.kind === 'in' ? idleMinutes : null, lockNow);

  const signedIn = (user: SessionUser, session: string, idleLockMinutes?: number) => {
    if (idleLockMinutes !== undefined) setIdleMinutes(idleLockMinutes);
    setSession(session);
    chooseLanguage(user.language);
    setStage({ kind: 'in', user });
  };

  let body: ReactNode;
  switch (stage.kind) {
    case 'loading':
      body = <p className="muted center">{translate(lang, 'common.loading')}</p>;
      break;
    case 'first-run':
      body = (
        <FirstRunScreen
          onCreated={async (userId, pin) => {
            const login = await call('auth:login', { userId, pin });
            if (login.ok) signedIn(login.value.user, login.value.session, login.value.idleLockMinutes);
          }}
        />
      );
      break;
    case 'login':
      body = (
        <LoginScreen
          key={stage.locked?.id ?? 'login'}
          {...(stage.locked ? { lockedUser: stage.locked } : {})}
          onSignedIn={(login) => signedIn(login.user, login.session, login.idleLockMinutes)}
        />
      );
      break;
    case 'in': {
      const user = stage.user;
      const route = routes.find((r) => r.path === path && hasRole(user, r.roles));
      const Screen = route?.component ?? HomeScreen;
      const session = {
        user,
        timeZone,
        signOut: () => {
          void call('auth:logout', {});
          setSession(undefined);
          navigate('/');
          setStage({ kind: 'login' });
        },
        shopChanged: () => void loadShop(),
        setLanguage: (next: Language) => {
          // The main process learns the language first: a screen that reloads on the change (the till's
          // product names and budget formula) must not be answered in the old one.
          void call('auth:set-language', { language: next }).finally(() => {
            chooseLanguage(next);
            setStage({ kind: 'in', user: { ...user, language: next } });
          });
        },
      };
      body = (
        <SessionContext.Provider value={session}>
          <Shell title={translate(lang, route?.title ?? 'home.greeting', { name: user.name })} practice={practice}>
            <Screen />
          </Shell>
        </SessionContext.Provider>
      );
      break;
    }
    default:
      body = stage satisfies never;
  }

  return (
    <I18nProvider lang={lang}>
      {stage.kind !== 'in' && practice && (
        <div className="practice-banner">{translate(lang, 'common.practiceMode')}</div>
      )}
      {stage.kind !== 'in' && stage.kind !== 'loading' && (
        <div className="corner-language">
          <LanguagePicker onChange={chooseLanguage} />
        </div>
      )}
      {body}
    </I18nProvider>
  );
}
