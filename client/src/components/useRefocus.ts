import { useEffect, useState } from "react";

/**
 * Puts the keyboard back on a control once the render that brings it back is done: a form that closes after saving
 * took its focused button with it and left focus on the page's body. Call it with the control's id.
 */
export function useRefocus(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target === null) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
