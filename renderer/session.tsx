// The signed-in user, shared by every screen.
import { createContext, useContext } from 'react';
import type { SessionUser } from '../main/contract/auth';
import type { Role } from '../main/contract/define';

export interface SessionState {
  user: SessionUser;
  /** The shop's time zone, for times shown on screen. */
  timeZone: string;
  signOut: () => void;
  /** The shop's settings changed: read the time zone and idle lock again. */
  shopChanged: () => void;
  setLanguage: (lang: SessionUser['language']) => void;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in screen');
  return value;
}

export function hasRole(user: SessionUser, roles: readonly Role[]): boolean {
  return user.roles.some((r) => roles.includes(r));
}
