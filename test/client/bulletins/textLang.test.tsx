import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BulletinsSection } from "../../../client/src/features/bulletins/BulletinsSection";
import { EditingWhat } from "../../../client/src/features/bulletins/EditingWhat";
import { PublishDialog } from "../../../client/src/features/bulletins/editor/PublishDialog";
import { IncidentTile } from "../../../client/src/features/dashboard/IncidentTile";
import { situationOf } from "../../../client/src/features/dashboard/selectors";
import { InboxPage } from "../../../client/src/features/inbox/InboxPage";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { makeBulletin } from "./fixtures";
import { renderEditor } from "./renderEditor";

/**
 * WCAG 3.1.2 (language of parts): a bulletin's own words carry the bulletin's language wherever the console shows
 * them; the UI's own words (a language's name, a label, "(utan rubrik)") do not carry the language they name.
 */
const incident = makeIncident({ title: "Vattenläcka i Centrum" });
const AREA = "Centrum och Söder, norr om Storgatan";
const master = makeBulletin(incident.id, {
  headline: "Koka vattnet i Centrum",
  status: "published",
  publishedVersion: 1,
  publishedAt: "2026-11-25T08:00:00.000Z",
  area: { description: AREA, point: null, polygon: null },
});
const finnish = makeBulletin(incident.id, {
  headline: "Keitä vesi Centrumissa",
  language: "fi",
  translationOf: master.id,
  translationOfVersion: 1,
  status: "in_review",
  area: { description: AREA, point: null, polygon: null },
});
const easy = makeBulletin(incident.id, {
  headline: "Koka vattnet",
  language: "sv-lattlast",
  translationOf: master.id,
  translationOfVersion: 1,
  status: "approved",
});
const untitled = makeBulletin(incident.id, { headline: "", status: "in_review", language: "en" });

const editorPath = (id: string) => `/incidents/${incident.id}/bulletins/${id}`;

afterEach(() => vi.unstubAllGlobals());

describe("bulletin editor: language names and the source text", () => {
  it("names the languages in the UI's words without tagging them with the language they name", async () => {
    renderEditor({ incident, bulletins: [master, finnish], path: editorPath(finnish.id) });
    const versions = await screen.findByRole("region", { name: "Språkversioner" });
    expect(within(versions).getByText(/Finska/)).toHaveTextContent("Finska (detta)");
    expect(within(versions).getByRole("link", { name: "Svenska" })).toBeInTheDocument();
    // "Finska (detta)" is Swedish, "Svenska" too: nothing in the list is tagged fi or sv.
    expect(versions.querySelector("[lang]")).toBeNull();

    useStore.getState().setLanguage("en");
    const en = await screen.findByRole("region", { name: "Language versions" });
    expect(within(en).getByRole("link", { name: "Swedish" })).toBeInTheDocument();
    expect(en.querySelector("[lang]")).toBeNull();
  });

  it("tags the source's text with its language, not the UI's labels above it", async () => {
    renderEditor({ incident, bulletins: [master, finnish], path: editorPath(finnish.id) });
    const headline = await screen.findByText(master.headline, { selector: ".source-text" });
    expect(headline).toHaveAttribute("lang", "sv");
    expect(screen.getByText(master.body, { selector: ".source-text" })).toHaveAttribute("lang", "sv");
    useStore.getState().setLanguage("en");
    const label = await screen.findByRole("heading", { name: "Headline", level: 3 });
    expect(label.closest("[lang]")).toBeNull();
  });
});

describe("bulletin editor: a translation's area copied from the original", () => {
  it("says at the area field that the words are the original's and should be translated, in the UI's language", async () => {
    renderEditor({ incident, bulletins: [master, finnish], path: editorPath(finnish.id) });
    const area = await screen.findByLabelText(/^Berört område/);
    expect(area).toHaveValue(AREA);
    expect(area).toHaveAccessibleDescription(
      "T.ex. Centrum och Söder, norr om Storgatan. Texten är kopierad från originalet på svenska. Översätt den till det här meddelandets språk.",
    );
    useStore.getState().setLanguage("en");
    expect(await screen.findByLabelText(/^Affected area/)).toHaveAccessibleDescription(
      /This text is copied from the original in Swedish\. Translate it into this message's language\.$/,
    );
  });

  it("says nothing once the area is translated, nor on the original or an easy-Swedish version", async () => {
    const translated = { ...finnish, area: { description: "Centrum ja Söder", point: null, polygon: null } };
    const view = renderEditor({ incident, bulletins: [master, translated], path: editorPath(finnish.id) });
    expect(await screen.findByLabelText(/^Berört område/)).toHaveAccessibleDescription(
      "T.ex. Centrum och Söder, norr om Storgatan.",
    );
    view.unmount();
    const sameWords = { ...easy, area: { description: AREA, point: null, polygon: null } };
    renderEditor({ incident, bulletins: [master, sameWords], path: editorPath(easy.id) });
    expect(await screen.findByLabelText(/^Berört område/)).toHaveAccessibleDescription(
      "T.ex. Centrum och Söder, norr om Storgatan.",
    );
  });
});

describe("a bulletin's headline elsewhere in the console carries its language", () => {
  function signedIn() {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ role: "lead" }));
    useStore.getState().upsertIncidents([incident]);
  }

  it("in the incident's list of bulletins", async () => {
    signedIn();
    stubFetch(() => jsonResponse(200, { bulletins: [master, finnish, easy, untitled] }));
    render(
      <MemoryRouter>
        <BulletinsSection incidentId={incident.id} />
      </MemoryRouter>,
    );
    expect(await screen.findByText("Keitä vesi Centrumissa")).toHaveAttribute("lang", "fi");
    expect(screen.getByText("Koka vattnet i Centrum")).toHaveAttribute("lang", "sv");
    expect(screen.getByText("Koka vattnet")).toHaveAttribute("lang", "sv"); // easy Swedish is Swedish
    // "(utan rubrik)" is the UI's words, not the English bulletin's.
    const none = screen.getByRole("link", { name: "(utan rubrik)" });
    expect(none.querySelector("[lang]")).toBeNull();
    expect(none).not.toHaveAttribute("lang");
  });

  it("in the inbox, where the link's name is still “Granska ”…””", async () => {
    signedIn();
    const items = [finnish, untitled].map((b) => ({
      bulletin: b,
      incidentTitle: incident.title,
      exercise: false,
      waitingSince: b.statusChangedAt,
    }));
    const sms = {
      id: finnish.id,
      bulletinId: finnish.id,
      channel: "sms" as const,
      text: "Keitä vesi.",
      version: 1,
      masterVersion: 1,
      stale: [{ reason: "master_changed" as const, at: "2026-11-25T08:10:00.000Z" }],
      score: { overall: 90, status: "pass" as const, errors: 0, warnings: 0 },
      updatedBy: finnish.createdBy,
      updatedByName: "Sara Nyström",
      createdAt: "2026-11-25T08:00:00.000Z",
      updatedAt: "2026-11-25T08:00:00.000Z",
    };
    useStore.getState().upsertBulletins([{ ...finnish, channelVersions: [sms] }]);
    stubFetch((call) =>
      call.url === "/api/inbox"
        ? jsonResponse(200, { items, count: items.length })
        : jsonResponse(404, { error: { code: "not_found", message: "no" } }),
    );
    render(
      <MemoryRouter>
        <InboxPage />
      </MemoryRouter>,
    );
    const link = await screen.findByRole("link", { name: "Granska ”Keitä vesi Centrumissa”" });
    expect(within(link).getByText("Keitä vesi Centrumissa")).toHaveAttribute("lang", "fi");
    expect(screen.getByRole("link", { name: "Granska ”(utan rubrik)”" }).querySelector("[lang]")).toBeNull();
    const channel = screen.getByRole("link", { name: "Öppna SMS för ”Keitä vesi Centrumissa”" });
    expect(channel.querySelector('[aria-hidden="true"]')).toHaveTextContent("SMS:"); // shown, and in the name
    expect(within(channel).getByText("Keitä vesi Centrumissa")).toHaveAttribute("lang", "fi");
  });

  it("on the start page's incident tile", () => {
    signedIn();
    render(
      <MemoryRouter>
        <IncidentTile
          situation={situationOf(incident, [finnish, easy], [], Date.parse("2026-11-25T09:00:00.000Z"))}
          now={Date.parse("2026-11-25T09:00:00.000Z")}
          volume={null}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole("link", { name: "Keitä vesi Centrumissa" }).querySelector('[lang="fi"]')).not.toBeNull();
    expect(screen.getByRole("link", { name: "Koka vattnet" }).querySelector('[lang="sv"]')).not.toBeNull();
  });

  it("in the publish dialog's summary", async () => {
    signedIn();
    useStore.getState().upsertBulletins([finnish]);
    stubFetch(() => jsonResponse(404, { error: { code: "not_found", message: "no" } }));
    render(
      <PublishDialog
        bulletin={{ ...finnish, status: "approved" }}
        busy={false}
        error={null}
        refusedGate={null}
        onPublish={() => {}}
        onClose={() => {}}
      />,
    );
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Keitä vesi Centrumissa")).toHaveAttribute("lang", "fi");
  });

  it("in who-is-editing-what", () => {
    signedIn();
    useStore.getState().upsertBulletins([finnish]);
    render(
      <MemoryRouter>
        <EditingWhat editing={`bulletin:${finnish.id}`} />
      </MemoryRouter>,
    );
    const link = screen.getByRole("link");
    expect(link).toHaveTextContent("”Keitä vesi Centrumissa”");
    expect(within(link).getByText("Keitä vesi Centrumissa")).toHaveAttribute("lang", "fi");
  });
});
