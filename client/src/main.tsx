import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App, preloadLanding } from "./App";
import { useStore } from "./store";
import { bootstrapSession, preloadRealtime } from "./store/session/lifecycle";
import "./styles.css";

// <html lang> follows the UI language, so screen readers pronounce the text right.
document.documentElement.lang = useStore.getState().language;
useStore.subscribe((s, prev) => {
  if (s.language !== prev.language) document.documentElement.lang = s.language;
});

// The session check goes first: the browser queues requests per host (six at a time over HTTP/1.1), and the page's
// chunks below would otherwise hold /api/me back, and everything on the page waits for its answer.
void bootstrapSession();
// A load of any page but the login page is most likely signed in: fetch its chunks while the session is checked.
if (window.location.pathname !== "/login") {
  preloadRealtime();
  preloadLanding(window.location.pathname);
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
