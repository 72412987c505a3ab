import { openApiDocument } from '@/server/api/openapi';
import { handle, json } from '@/server/http/route';

export const GET = handle({}, async () => json(openApiDocument()));
