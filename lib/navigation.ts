/**
 * A full page load, used when who is signed in changes: the root layout (html lang, care mode)
 * must be rendered afresh for the new user, and no client state of the old one may survive.
 */
export function reloadTo(path: '/' | '/sign-in'): void {
  window.location.assign(path);
}
