import "./boot";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App } from "./App";
import { useStore } from "./store";
import { bootstrapSession } from "./store/session/lifecycle";
import "./styles.css";

// <html lang> follows the UI language, so screen readers pronounce the text right.
document.documentElement.lang = useStore.getState().language;
useStore.subscribe((s, prev) => {
  if (s.language !== prev.language) document.documentElement.lang = s.language;
});

// Resumes the session: its check was asked for in ./boot, with the landing page's data and chunks.
void bootstrapSession();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
