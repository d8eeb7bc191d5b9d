/** Talking to the API: JSON in, typed values out, and the server's error message shown as it is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

/** Query strings without the empty fields. */
export function query(params: Record<string, string | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Posts a body with upload progress (fetch cannot report it; XMLHttpRequest can). */
export function postWithProgress<T>(path: string, body: FormData | string, token: string, onProgress: (fraction: number) => void): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    if (typeof body === 'string') xhr.setRequestHeader('Content-Type', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        // handled below: a non-JSON answer is an error
      }
      const error = (parsed as { error?: { message?: string } } | null)?.error;
      if (error) reject(new ApiError(xhr.status, error.message ?? `${xhr.status}`));
      else if (parsed === null) reject(new ApiError(xhr.status, `unexpected answer (${xhr.status})`));
      else resolve({ status: xhr.status, body: parsed as T });
    };
    xhr.onerror = () => reject(new ApiError(0, 'the server could not be reached'));
    xhr.send(body);
  });
}
