import { INQUIRY_CHANNELS, INQUIRY_RESOLUTIONS } from "@shared/schemas/inquiry";
import type { ContactFigures, IncidentReport } from "@shared/schemas/report";
import { useLanguage, useT } from "../../i18n/useT";
import { formatNumber, formatPercent, formatWhen } from "./format";
import { usedChannels, VolumeChart } from "./IncidentCharts";
import { DataTable, FiguresTable } from "./Tables";

/** The contact centre's figures; on an incident report also its volume over time (chart and table). */
export function ContactSection({ contact, timeline }: { contact: ContactFigures; timeline?: IncidentReport }) {
  const t = useT();
  const lang = useLanguage();
  const share = (n: number) => (contact.inquiries === 0 ? "–" : formatPercent(n / contact.inquiries, lang));
  const channels = usedChannels(contact.byChannel);
  return (
    <section aria-labelledby="report-contact">
      <h2 id="report-contact">{t("reports.contact.title")}</h2>
      <FiguresTable
        caption={t("reports.contact.title")}
        rows={[
          [t("reports.contact.inquiries"), contact.inquiries],
          [t("reports.contact.firstContactRate"), formatPercent(contact.firstContactRate, lang)],
          [
            t("reports.contact.medianHandling"),
            contact.medianHandlingSeconds === null
              ? "–"
              : t("reports.seconds", { n: formatNumber(contact.medianHandlingSeconds, lang) }),
          ],
        ]}
      />
      {timeline ? (
        <>
          <VolumeChart report={timeline} />
          <DataTable
            caption={t("reports.timeline.volume", { n: timeline.timeline.binMinutes })}
            header={[
              t("reports.timeline.binStart"),
              t("reports.contact.inquiries"),
              ...channels.map((c) => t(`contact.channel.${c}`)),
            ]}
            rows={timeline.timeline.bins
              .filter((b) => b.inquiries > 0)
              .map((b) => [formatWhen(b.start, lang), b.inquiries, ...channels.map((c) => b.byChannel[c])])}
          />
        </>
      ) : null}
      <DataTable
        caption={t("reports.contact.byChannel")}
        header={[t("reports.contact.channel"), t("reports.count"), t("reports.share")]}
        rows={INQUIRY_CHANNELS.map((c) => [
          t(`contact.channel.${c}`),
          contact.byChannel[c],
          share(contact.byChannel[c]),
        ])}
      />
      <DataTable
        caption={t("reports.contact.byOutcome")}
        header={[t("reports.contact.outcome"), t("reports.count"), t("reports.share")]}
        rows={INQUIRY_RESOLUTIONS.map((r) => [
          t(`contact.resolution.${r}`),
          contact.byOutcome[r],
          share(contact.byOutcome[r]),
        ])}
      />
      <DataTable
        caption={t("reports.contact.forwardedTo")}
        header={[t("reports.contact.unit"), t("reports.count")]}
        rows={Object.entries(contact.forwardedTo)
          .sort((a, b) => b[1] - a[1])
          .map(([unit, n]) => [unit, n])}
      />
      <DataTable
        caption={t("reports.contact.topQuestions")}
        header={[t("reports.contact.question"), t("reports.count"), t("reports.contact.inFaq")]}
        rows={contact.topQuestions.map((q) => [
          q.text,
          q.count,
          q.faqEntryId ? t("reports.contact.yes") : t("reports.contact.no"),
        ])}
      />
      <DataTable
        caption={t("reports.contact.uncovered")}
        header={[t("reports.contact.question"), t("reports.count")]}
        rows={contact.uncoveredQuestions.map((q) => [q.text, q.count])}
      />
    </section>
  );
}
