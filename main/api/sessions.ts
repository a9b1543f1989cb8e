import { randomBytes } from 'node:crypto';
import type { SessionUser } from '../contract/auth';
import type { Clock } from './clock';

export interface Session {
  token: string;
  user: SessionUser;
  lastActivity: number;
}

export type SessionLookup =
  | { state: 'active'; session: Session }
  | { state: 'locked'; user: SessionUser }
  | { state: 'none' };

/**
 * Signed-in users, by unguessable token. A session idle longer than the configured minutes is
 * locked: the next call is refused and the volunteer types their PIN again.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly clock: Clock,
    private readonly idleMinutes: () => number,
  ) {}

  open(user: SessionUser): Session {
    const session = {
      token: randomBytes(24).toString('base64url'),
      user,
      lastActivity: this.clock.now().getTime(),
    };
    this.sessions.set(session.token, session);
    return session;
  }

  /** Finds the session and records activity; an idle one is removed and reported as locked. */
  touch(token: string | undefined): SessionLookup {
    if (!token) return { state: 'none' };
    const session = this.sessions.get(token);
    if (!session) return { state: 'none' };
    const now = this.clock.now().getTime();
    if (now - session.lastActivity > this.idleMinutes() * 60_000) {
      this.sessions.delete(token);
      return { state: 'locked', user: session.user };
    }
    session.lastActivity = now;
    return { state: 'active', session };
  }

  close(token: string): void {
    this.sessions.delete(token);
  }

  update(token: string, user: SessionUser): void {
    const session = this.sessions.get(token);
    if (session) session.user = user;
  }

  /** After a coordinator changes a user: their open sessions get the new roles, or end (deactivated). */
  replaceUser(userId: number, user: SessionUser | undefined): void {
    for (const [token, session] of this.sessions) {
      if (session.user.id !== userId) continue;
      if (user) session.user = user;
      else this.sessions.delete(token);
    }
  }
}
