import { SettingsPatch } from '@/server/api/schemas';
import { handle, json } from '@/server/http/route';
import { me, updateSettings } from '@/server/users/profile';

export const PATCH = handle({ auth: 'required', body: SettingsPatch }, async ({ user, body }) =>
  json(await me(await updateSettings(user!, body))),
);
