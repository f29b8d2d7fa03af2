import { useEffect, useState } from "react";
import { ApiError } from "../../api/http";

export type ReportState<T> =
  { status: "loading" } | { status: "error"; message: string } | { status: "ready"; report: T };

/** Loads a report when its key changes; a newer request aborts the older one. */
export function useReport<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ReportState<T> {
  const [state, setState] = useState<ReportState<T>>({ status: "loading" });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState({ status: "loading" });
    load(controller.signal).then(
      (report) => setState({ status: "ready", report }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: "error",
          message: err instanceof ApiError || err instanceof Error ? err.message : String(err),
        });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names the request
  }, [key]);
  return state;
}
