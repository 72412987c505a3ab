import { handle, json, otherMethods } from '@/server/http/route';
import { me } from '@/server/users/profile';

export const GET = handle({ auth: 'required' }, async ({ user }) => json(await me(user!)));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
