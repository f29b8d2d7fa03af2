import { createContext, useContext } from "react";
import type { NavigateFunction } from "react-router";
import type { Translate } from "../../i18n";

/**
 * What every card on the board needs from outside its claim: read ONCE by the board page and shared through context,
 * instead of a store subscription, a router hook and a translate hook per card (with 500 cards these were thousands
 * of subscriptions and useNavigate calls on every render of the board).
 */
export interface ClaimBoardEnv {
  t: Translate;
  role: string | undefined;
  userId: string | null;
  navigate: NavigateFunction;
}

export const ClaimBoardContext = createContext<ClaimBoardEnv | null>(null);

export function useClaimBoard(): ClaimBoardEnv {
  const env = useContext(ClaimBoardContext);
  if (env === null) throw new Error("useClaimBoard: a claim card is rendered outside ClaimsBoardPage");
  return env;
}
