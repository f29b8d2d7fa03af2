import { memo } from "react";
import type { ChecklistMetrics, MessageChannel } from "@shared/schemas/checklist";
import { useT } from "../../../i18n/useT";

export const SOCIAL_POST_MAX = 280; // characters; the common limit of short social posts

/** Characters as people count them (a surrogate pair is one). */
export function visibleLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

interface ChannelPreviewsProps {
  sms: ChecklistMetrics["sms"];
  socialText: string;
  channels: MessageChannel[];
}

/** SMS length in segments (GSM-7 or UCS-2, from the checklist's metrics) and the social post's length. */
export const ChannelPreviews = memo(function ChannelPreviews({ sms, socialText, channels }: ChannelPreviewsProps) {
  const t = useT();
  const socialLength = visibleLength(socialText);
  const over = socialLength - SOCIAL_POST_MAX;
  const smsChosen = channels.includes("sms");
  const socialChosen = channels.includes("social");
  return (
    <section className="channel-previews" aria-labelledby="previews-heading">
      <h3 id="previews-heading">{t("preview.title")}</h3>
      <dl>
        <div className={smsChosen ? "preview-row is-chosen" : "preview-row"}>
          <dt>{t("preview.sms")}</dt>
          <dd data-testid="sms-count" className={sms.segments > 1 ? "preview-warn" : undefined}>
            {t("preview.smsCount", { units: sms.units, segments: sms.segments, encoding: sms.encoding })}
            {sms.encoding === "UCS-2" ? <span className="preview-hint">{t("preview.smsUnicode")}</span> : null}
          </dd>
        </div>
        <div className={socialChosen ? "preview-row is-chosen" : "preview-row"}>
          <dt>{t("preview.social")}</dt>
          <dd data-testid="social-count" className={over > 0 ? "preview-warn" : undefined}>
            {t("preview.socialCount", { count: socialLength, max: SOCIAL_POST_MAX })}
            {over > 0 ? (
              <span className="preview-hint">
                <span aria-hidden="true">⚠ </span>
                {t("preview.socialOver", { over })}
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
    </section>
  );
});
