// The one place that talks to the service: it sends the token, and turns refusals and GraphQL
// errors into messages a person can act on.

const TOKEN_KEY = 'casegraph.token';

export class ApiError extends Error {
  constructor(message, { status = 0, classification = '', signIn = false } = {}) {
    super(message);
    this.status = status;
    this.classification = classification;
    this.signIn = signIn;
  }
}

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (secret) => sessionStorage.setItem(TOKEN_KEY, secret),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** Takes a token handed over in the address's fragment (#token=…), keeps it for this tab, and removes it from the address. */
export function adoptTokenFromFragment() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const secret = fragment.get('token');
  if (!secret) return false;
  token.set(secret.trim());
  fragment.delete('token');
  const rest = fragment.toString();
  history.replaceState(null, '', location.pathname + location.search + (rest ? '#' + rest : ''));
  return true;
}

function headers(extra = {}) {
  const secret = token.get();
  return { ...(secret ? { Authorization: 'Bearer ' + secret } : {}), ...extra };
}

async function refusal(response) {
  let message = '';
  let classification = '';
  try {
    const body = await response.json();
    const error = body.errors?.[0] ?? body;
    message = error.message ?? error.detail ?? '';
    classification = error.extensions?.classification ?? error.classification ?? '';
  } catch { /* not JSON: fall back to the status below */ }
  if (response.status === 401) {
    return new ApiError(token.get()
      ? 'This token was not accepted: it may be mistyped, revoked or expired. Sign in again with a valid token.'
      : 'Sign in with a token to use the view.', { status: 401, classification: 'UNAUTHORIZED', signIn: true });
  }
  if (response.status === 403) {
    return new ApiError(message || "This token's access level does not allow this.", { status: 403, classification: 'FORBIDDEN' });
  }
  if (response.status === 503) {
    return new ApiError(message || 'The service is unavailable right now; try again shortly.', { status: 503, classification });
  }
  return new ApiError(message || `The service answered ${response.status}.`, { status: response.status, classification });
}

async function send(url, init, { graphQl = false } = {}) {
  let response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiError('The service cannot be reached. Is it running?');
  }
  // A GraphQL request the service could not run (400) still answers GraphQL errors, read as such below.
  if (!response.ok && !(graphQl && response.status === 400)) throw await refusal(response);
  return response;
}

/** A GraphQL request; the first error becomes an ApiError, unless partial answers are accepted. */
export async function graphql(query, variables = {}, { partial = false } = {}) {
  const response = await send('/graphql', {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' }),
    body: JSON.stringify({ query, variables }),
  }, { graphQl: true });
  const body = await response.json();
  if (body.errors?.length && (!partial || !body.data)) {
    const error = body.errors[0];
    throw new ApiError(error.message, { classification: error.extensions?.classification ?? '' });
  }
  return partial ? { data: body.data, errors: body.errors ?? [] } : body.data;
}

/** A GET of one of the REST endpoints under /api, answering JSON. */
export async function getJson(path, params = {}) {
  const response = await send(path + query(params), { headers: headers({ Accept: 'application/json' }) });
  return response.json();
}

/** A file the service produces (an export), as a Blob; a long list of ids goes in a JSON body instead. */
export async function download(path, params, { body } = {}) {
  const init = body
    ? { method: 'POST', headers: headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(body) }
    : { headers: headers() };
  const response = await send(path + query(params), init);
  return { blob: await response.blob(), type: response.headers.get('Content-Type') ?? '' };
}

function clean(params) {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

function query(params) {
  const text = new URLSearchParams(clean(params)).toString();
  return text ? '?' + text : '';
}

let schemaFields;
/** The fields a type has in the schema of the running service, for features that appear with later versions. */
export async function fieldsOf(type) {
  schemaFields ??= {};
  if (!schemaFields[type]) {
    schemaFields[type] = graphql('query Fields($name: String!) { __type(name: $name) { fields { name args { name } } } }', { name: type })
      .then((data) => new Map((data.__type?.fields ?? []).map((f) => [f.name, f.args.map((a) => a.name)])))
      .catch(() => new Map());
  }
  return schemaFields[type];
}
