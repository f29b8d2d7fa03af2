import { useEffect, useState } from "react";
import type { ConsoleSettings } from "@shared/schemas/settings";
import { fetchConsoleSettings } from "../../../api/settings";

/** The municipality's settings (sender, required languages, four eyes), or null until they have loaded. */
export function useConsoleSettings(): ConsoleSettings | null {
  const [settings, setSettings] = useState<ConsoleSettings | null>(null);
  useEffect(() => {
    let live = true;
    fetchConsoleSettings()
      .then((s) => live && setSettings(s))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
