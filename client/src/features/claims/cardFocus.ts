import { focusWhenLost, type FocusTarget } from "../../components/focusWhenLost";

const cardOf = (claimId: string): HTMLElement | null => {
  for (const card of document.querySelectorAll<HTMLElement>("li.claim-card"))
    if (card.dataset.claimId === claimId) return card;
  return null;
};

/**
 * Called as an action on a card starts: when the card's control leaves the page (the card moved to another column, or
 * into a collapsed one), focus goes to the card in its new place, else to the card that followed it in its old column,
 * else the one before it, else that column's heading. Read now, while the card is still where the user saw it.
 */
export function keepPlaceOnCard(claimId: string, survivorId?: string): () => void {
  const card = cardOf(claimId);
  const neighbour = (el: Element | null | undefined) =>
    el instanceof HTMLElement && el.dataset.claimId !== undefined ? el.dataset.claimId : undefined;
  const next = neighbour(card?.nextElementSibling);
  const previous = neighbour(card?.previousElementSibling);
  const heading = card?.closest("section")?.querySelector("h2");
  const targets: FocusTarget[] = [];
  for (const id of [survivorId, claimId, next, previous]) if (id !== undefined) targets.push(() => cardOf(id));
  if (heading) targets.push(() => (heading.isConnected ? heading : null));
  return focusWhenLost(targets);
}
