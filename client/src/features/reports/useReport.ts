import { useEffect, useState } from "react";
import { errorMessage } from "../../i18n/errors";
import { useT } from "../../i18n/useT";

export type ReportState<T> =
  { status: "loading" } | { status: "error"; message: string } | { status: "ready"; report: T };

type Loaded<T> = { status: "loading" } | { status: "error"; error: unknown } | { status: "ready"; report: T };

/**
 * Loads a report when its key changes; a newer request aborts the older one. A refusal the server gives a reason for
 * (a period reversed or too long, arriving through the URL) is said in the UI's language, else in the server's words.
 */
export function useReport<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ReportState<T> {
  const t = useT();
  const [state, setState] = useState<Loaded<T>>({ status: "loading" });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState({ status: "loading" });
    load(controller.signal).then(
      (report) => setState({ status: "ready", report }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "error", error });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names the request
  }, [key]);
  if (state.status !== "error") return state;
  const err = state.error;
  // Said in the UI language as every other form says a refusal: a reason's own text, else the code's (forbidden,
  // network, …), never the server's English.
  return { status: "error", message: errorMessage(err, t) };
}
