import { openApiDocument } from '@/server/api/openapi';
import { handle, json, otherMethods } from '@/server/http/route';

export const GET = handle({}, async () => json(openApiDocument()));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
