import { INQUIRY_CHANNELS, type InquiryChannel } from "@shared/schemas/inquiry";

const STORAGE_PREFIX = "krisrum.contact.channel.";
export const FALLBACK_CHANNEL: InquiryChannel = "phone";

export const defaultChannelKey = (userId: string): string => `${STORAGE_PREFIX}${userId}`;

/** The agent's default channel (per user, this browser): the form returns to it after every saved inquiry. */
export function readDefaultChannel(userId: string | undefined): InquiryChannel {
  if (!userId) return FALLBACK_CHANNEL;
  try {
    const value = globalThis.localStorage?.getItem(defaultChannelKey(userId));
    return (INQUIRY_CHANNELS as readonly string[]).includes(value ?? "") ? (value as InquiryChannel) : FALLBACK_CHANNEL;
  } catch {
    return FALLBACK_CHANNEL;
  }
}

export function storeDefaultChannel(userId: string | undefined, channel: InquiryChannel): void {
  if (!userId) return;
  try {
    globalThis.localStorage?.setItem(defaultChannelKey(userId), channel);
  } catch {
    // Private mode may refuse storage; the default then lasts for this page only.
  }
}
