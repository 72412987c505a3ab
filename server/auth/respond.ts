import 'server-only';
import { json } from '../http/route';
import { AppError } from '../http/problem';
import { userById } from '../users/profile';
import { createSession, sessionCookie } from './sessions';

/** Starts a session for the user and replies with who is signed in, setting the cookie. */
export async function signedIn(
  userId: string,
  method: 'passkey' | 'pin' | 'demo',
  secure: boolean,
) {
  const user = await userById(userId);
  if (!user) throw new AppError('unauthenticated');
  const { token, expires } = await createSession(user.id, method);
  const res = json({
    user: { id: user.id, name: user.name, locale: user.locale, careMode: user.care_mode === 1 },
  });
  res.cookies.set(sessionCookie(token, expires, secure));
  return res;
}
