// Talking to the server: GraphQL with the session cookie and the CSRF header, and the explorer's texts.

/** The CSRF token Spring Security keeps in the XSRF-TOKEN cookie; echoed as a header on every POST. */
export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/** Runs a GraphQL document; resolves to `data`, rejects with the first error's message. */
export async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      'Accept': 'application/graphql-response+json, application/json',
      'X-XSRF-TOKEN': csrfToken(),
    },
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 401 || response.redirected) {
    window.location.assign('/login');
    throw new Error('unauthenticated');
  }
  const body = await response.json().catch(() => ({}));
  if (body.errors && body.errors.length) {
    const error = new Error(body.errors[0].message);
    error.classification = body.errors[0].extensions && body.errors[0].extensions.classification;
    throw error;
  }
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  return body.data;
}

/** Like gql, but answers null when the server does not offer the fields (yet) or fails. */
export async function tryGql(query, variables = {}) {
  try {
    return await gql(query, variables);
  } catch (e) {
    console.warn('GraphQL', e.message);
    return null;
  }
}

export async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    window.location.assign('/login');
    throw new Error('unauthenticated');
  }
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  return response.json();
}

/** Like getJson, but answers null when the request fails (the view then shows what it has). */
export async function tryGetJson(url) {
  try {
    return await getJson(url);
  } catch (e) {
    console.warn(url, e.message);
    return null;
  }
}
