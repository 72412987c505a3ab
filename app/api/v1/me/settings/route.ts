import { SettingsPatch } from '@/server/api/schemas';
import { handle, json, otherMethods } from '@/server/http/route';
import { me, updateSettings } from '@/server/users/profile';

export const PATCH = handle({ auth: 'required', body: SettingsPatch }, async ({ user, body }) =>
  json(await me(await updateSettings(user!, body))),
);

export const { GET, POST, PUT, DELETE, OPTIONS } = otherMethods('PATCH');
