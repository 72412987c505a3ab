import { handle, json } from '@/server/http/route';
import { me } from '@/server/users/profile';

export const GET = handle({ auth: 'required' }, async ({ user }) => json(await me(user!)));
