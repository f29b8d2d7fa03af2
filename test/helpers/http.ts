/** A small fetch wrapper that keeps a session cookie, for talking to a test server like a browser would. */
export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    public cookie?: string,
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    // Like the console (client/src/api/http.ts): every state-changing request says JSON, with or without a body,
    // or the CSRF guard answers 415.
    const json = body !== undefined || STATE_CHANGING.has(method.toUpperCase());
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(json ? { "content-type": "application/json" } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get("content-type") ?? "").includes("application/json") && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, text, headers: res.headers };
  }

  get<T = unknown>(path: string) {
    return this.request<T>("GET", path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>("POST", path, body ?? {});
  }
  patch<T = unknown>(path: string, body?: unknown) {
    return this.request<T>("PATCH", path, body ?? {});
  }
}

/** `name=value` of the session cookie a login response set, or undefined. */
export function sessionCookieOf(headers: Headers): string | undefined {
  const cookie = headers.getSetCookie().find((c) => c.startsWith("krisrum_session="));
  return cookie?.split(";")[0];
}

/** Logs in and returns a client carrying the session cookie; throws with the server's answer on failure. */
export async function login(baseUrl: string, username: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(baseUrl);
  const res = await client.post("/api/auth/login", { username, password });
  const cookie = sessionCookieOf(res.headers);
  if (res.status !== 200 || !cookie) throw new Error(`login as ${username} failed: ${res.status} ${res.text}`);
  client.cookie = cookie;
  return client;
}
