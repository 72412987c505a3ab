import { AppError } from '@/server/http/problem';
import { handle } from '@/server/http/route';

// Any API path that does not exist answers 404 problem+json, whatever the method.
const notFound = handle({}, async () => {
  throw new AppError('not_found');
});
export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
};
