// The page's calls to the playground server: JSON in, JSON out; a refusal becomes an Error whose
// message is the server's one-line explanation.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function answer(response) {
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, `the server answered ${response.status} without JSON`);
  }
  if (!response.ok) throw new ApiError(response.status, body?.error ?? `HTTP ${response.status}`);
  return body;
}

export async function get(path, query = {}) {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== null));
  const suffix = params.toString() ? `?${params}` : '';
  return answer(await fetch(`${path}${suffix}`, { headers: { Accept: 'application/json' } }));
}

export async function post(path, body = {}) {
  return answer(
    await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}
