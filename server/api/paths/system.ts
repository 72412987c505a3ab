import 'server-only';
import type { Operation } from '../operation';
import { OpenApiDocument, Status } from '../replies';

export const systemOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/health',
    operationId: 'getHealth',
    tag: 'system',
    summary: 'Ready: the server answers and reaches its database',
    auth: 'none',
    reply: { status: 200, schema: Status, description: 'Healthy' },
  },
  {
    method: 'get',
    path: '/api/v1/ping',
    operationId: 'ping',
    tag: 'system',
    summary: 'Alive: the process answers HTTP (no database)',
    auth: 'none',
    reply: { status: 200, schema: Status, description: 'Alive' },
  },
  {
    method: 'get',
    path: '/api/v1/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'system',
    summary: 'This document',
    auth: 'none',
    reply: { status: 200, schema: OpenApiDocument, description: 'The OpenAPI 3.1 document' },
  },
];
